using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Statecraft.Bargaining.Evaluation;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Bargaining;

/// <summary>
/// <c>statecraft bargain evaluate FILE</c>: scores every model against the outcomes of a dataset in the DEU layout
/// (mean absolute error on its 0-100 scale).
/// </summary>
public sealed class BargainEvaluateCommand(CommandOutput output) : Command<BargainEvaluateSettings>
{
    public override int Execute(CommandContext context, BargainEvaluateSettings settings, CancellationToken cancellationToken)
    {
        var models = BargainOptionsParser.Models(settings.Models);
        var options = BargainOptionsParser.Options(settings.Rounds, settings.Q, settings.EuMode);
        var json = settings.Format == TableFormat.Json;
        DeuDataset dataset;
        using (var reader = File.OpenText(settings.Dataset))
        {
            dataset = DeuParser.Parse(reader, settings.Dataset);
        }

        output.Error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"note: {dataset.Issues.Count} issues read, {dataset.Scorable.Count()} with an outcome; {dataset.SkippedRows} rows without an issue code or actor skipped"));
        var scores = ModelEvaluation.Evaluate(dataset, models, options);
        if (json)
        {
            WriteJson(scores);
        }
        else
        {
            var table = new Table().AddColumns("model", "issues", "MAE");
            foreach (var score in scores)
            {
                table.AddRow(score.Model, score.Issues.ToString(CultureInfo.InvariantCulture), score.MeanAbsoluteError.ToString("0.00", CultureInfo.InvariantCulture));
            }

            output.Console.Write(table);
        }

        return StatecraftApp.Success;
    }

    private void WriteJson(IReadOnlyList<ModelScore> scores)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("models");
            foreach (var score in scores)
            {
                writer.WriteStartObject();
                writer.WriteString("model", score.Model);
                writer.WriteNumber("issues", score.Issues);
                writer.WriteNumber("mae", score.MeanAbsoluteError);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        output.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
