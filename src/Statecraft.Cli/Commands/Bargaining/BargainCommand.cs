using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Bargaining;
using Statecraft.Bargaining.Tables;
using Statecraft.Cases.Diagnostics;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Bargaining;

/// <summary><c>statecraft bargain FILE.csv</c>: runs one model on one actor table and prints the trajectory.</summary>
public sealed class BargainCommand(CommandOutput output) : Command<BargainSettings>
{
    public override int Execute(CommandContext context, BargainSettings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.File))
        {
            throw new UsageException("bargain needs an actor table: statecraft bargain FILE.csv (or statecraft bargain evaluate DATASET)");
        }

        var model = BargainOptionsParser.Model(settings.Model);
        var options = BargainOptionsParser.Options(settings.Rounds, settings.Q, settings.EuMode);
        var json = settings.Format == TableFormat.Json;
        if (Directory.Exists(settings.File))
        {
            throw new InvalidInputException(new InputError(settings.File, 0, 0, string.Empty, "is a directory; give the actor table's CSV file"));
        }

        ActorTable table;
        using (var reader = File.OpenText(settings.File))
        {
            table = ActorTableParser.Parse(reader, settings.File);
        }

        output.Error.WriteLine(table.Salience == SalienceScale.Percent
            ? "note: saliences read on 0-100 and divided by 100"
            : "note: saliences read on 0-1");
        var result = model.Run(table.Issue, options);
        if (json)
        {
            WriteJson(result);
        }
        else
        {
            WriteTable(result);
        }

        return StatecraftApp.Success;
    }

    private void WriteJson(BargainingResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("model", result.Model);
            writer.WriteStartArray("rounds");
            foreach (var round in result.Rounds)
            {
                writer.WriteStartObject();
                writer.WriteNumber("round", round.Round);
                writer.WriteNumber("median", round.Median);
                writer.WriteNumber("mean", round.Mean);
                writer.WriteStartObject("positions");
                for (var i = 0; i < result.ActorIds.Length; i++)
                {
                    writer.WriteNumber(result.ActorIds[i], round.Positions[i]);
                }

                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteNumber("forecast", result.Forecast);
            writer.WriteEndObject();
        }

        output.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private void WriteTable(BargainingResult result)
    {
        var rounds = new Table().AddColumns("round", "median", "mean", "moves");
        foreach (var round in result.Rounds)
        {
            rounds.AddRow(Number(round.Round), Number(round.Median), Number(round.Mean), Number(round.Moves.Length));
        }

        var actors = new Table().AddColumns("actor", "initial", "final");
        for (var i = 0; i < result.ActorIds.Length; i++)
        {
            actors.AddRow(Markup.Escape(result.ActorIds[i]), Number(result.Rounds[0].Positions[i]), Number(result.Final.Positions[i]));
        }

        output.Console.Write(rounds);
        output.Console.Write(actors);
        var played = result.Rounds.Length - 1;
        var stop = result.Converged ? "positions stopped moving" : "round cap reached";
        var after = played == 0 ? string.Empty : $" after {Number(played)} rounds ({stop})";
        output.Console.MarkupLine($"Model [bold]{result.Model}[/]: forecast [bold]{Number(result.Forecast)}[/]{after}.");
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
