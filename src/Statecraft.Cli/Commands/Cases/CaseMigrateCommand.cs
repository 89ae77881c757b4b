using System.ComponentModel;
using System.Text.RegularExpressions;
using Spectre.Console.Cli;
using Statecraft.Cases.Model;
using Statecraft.Cli.Infrastructure;

namespace Statecraft.Cli.Commands.Cases;

/// <summary>
/// <c>statecraft case migrate PATH</c>: brings a valid case to the current format version. Version 2 only adds to
/// version 1, so the migration is the header line; the file is rewritten whole or not at all, comments kept.
/// </summary>
[Description("Bring a case to the current format version (2): checks it, then rewrites its formatVersion line in place, keeping every comment.")]
public sealed partial class CaseMigrateCommand(CommandOutput output) : Command<CasePathSettings>
{
    public override int Execute(CommandContext context, CasePathSettings settings, CancellationToken cancellationToken)
    {
        var loaded = settings.Load(settings.Path);
        if (loaded.FormatVersion == Case.CurrentFormatVersion)
        {
            output.Out.WriteLine($"ok: {loaded.Id} is already formatVersion {Case.CurrentFormatVersion}; nothing written");
            return StatecraftApp.Success;
        }

        var file = Directory.Exists(settings.Path) ? Path.Combine(settings.Path, "case.yaml") : settings.Path;
        var text = File.ReadAllText(file);
        var migrated = Header().Replace(text, $"${{key}}{Case.CurrentFormatVersion}", 1);
        if (ReferenceEquals(migrated, text) || migrated == text)
        {
            throw new UsageException($"{file}: no 'formatVersion: {loaded.FormatVersion}' line at the start of a line to rewrite; edit it by hand");
        }

        var temporary = file + ".migrating";
        try
        {
            File.WriteAllText(temporary, migrated);
            File.Move(temporary, file, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        settings.Load(settings.Path);
        output.Out.WriteLine($"ok: {loaded.Id}: formatVersion {loaded.FormatVersion} -> {Case.CurrentFormatVersion} in {file}");
        return StatecraftApp.Success;
    }

    [GeneratedRegex(@"^(?<key>formatVersion:[ \t]*)1\b", RegexOptions.Multiline)]
    private static partial Regex Header();
}
