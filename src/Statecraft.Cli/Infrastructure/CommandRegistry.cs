using Spectre.Console.Cli;
using Statecraft.Cli.Commands.Bargaining;
using Statecraft.Cli.Commands.Cases;

namespace Statecraft.Cli.Infrastructure;

/// <summary>Every verb of <c>statecraft</c>, in the order <c>--help</c> lists them.</summary>
internal static class CommandRegistry
{
    public static void Register(IConfigurator config)
    {
        config.AddBranch("case", branch =>
        {
            branch.SetDescription("Read, check and show case files.");
            branch.AddCommand<CaseValidateCommand>("validate").WithExample("case", "validate", "cases/japan-us-2016");
            branch.AddCommand<CaseMigrateCommand>("migrate").WithExample("case", "migrate", "cases/my-case");
            branch.AddCommand<CaseShowCommand>("show").WithExample("case", "show", "cases/japan-us-2016", "--format", "json");
            branch.AddCommand<CaseAlliancesCommand>("alliances")
                .WithExample("case", "alliances", "cases/mexico-us-2016", "--atop", "../shared/data/structural/atop_v5.1_ddyr_via_peacesciencer.csv", "--out", "cases/mexico-us-2016/alliances.yaml");
        });
        config.AddCommand<Commands.Analysis.AnalyzeCommand>("analyze")
            .WithDescription("Analyse a case (the bundled reference case unless one is given): forecasts and response labels per issue.")
            .WithExample("analyze")
            .WithExample("analyze", "cases/japan-us-2016", "--scenario", "clinton-wins", "--compare");
        config.AddCommand<Commands.Evaluation.EvaluateCommand>("evaluate")
            .WithDescription("Score the engine against what happened on every case of the library, beside naive baselines; --loo calibrates leave-one-case-out.")
            .WithExample("evaluate")
            .WithExample("evaluate", "--loo", "--format", "json");
        config.AddCommand<Commands.Coding.CodeCommand>("code")
            .WithDescription("Code texts into dated who-did-what-to-whom events (CAMEO, PLOVER) as JSONL, CSV or TSV.")
            .WithExample("code", "article.txt", "--format", "jsonl");
        config.AddBranch<BargainSettings>("bargain", bargain =>
        {
            bargain.SetDescription("Forecast a bargaining problem (expected utility, compromise, median, Nash), or score the models on decided issues.");
            bargain.SetDefaultCommand<BargainCommand>();
            bargain.AddCommand<BargainEvaluateCommand>("evaluate").WithDescription("Score every bargaining model against the outcomes of a dataset in the DEU layout.");
        });
        config.AddBranch("events", events =>
        {
            events.SetDescription("Event store: import events, dyad series, shock analysis, export.");
            events.AddCommand<Commands.Events.EventsImportCommand>("import");
            events.AddCommand<Commands.Events.EventsSeriesCommand>("series");
            events.AddCommand<Commands.Events.EventsShockCommand>("shock");
            events.AddCommand<Commands.Events.EventsExportCommand>("export");
        });
        config.AddCommand<Commands.Serve.ServeCommand>("serve")
            .WithDescription("Serve the web dashboard (the bundled cases on http://127.0.0.1:5080 unless told otherwise).")
            .WithExample("serve", "--db", "events.duckdb");
        config.AddCommand<Commands.Cluster.WorkerCommand>("worker")
            .WithDescription("Start a silo of a Statecraft cluster (Orleans) for --cluster runs of code, analyze --samples and evaluate --loo.")
            .WithExample("worker", "--port", "11111", "--gateway", "30000")
            .WithExample("worker", "--port", "11112", "--gateway", "30001", "--primary", "11111");
        config.AddBranch("data", data =>
        {
            data.SetDescription("Structural data (GDP, population, military spending, capabilities) in the store.");
            data.AddCommand<Commands.Data.DataImportCommand>("import");
        });
    }
}
