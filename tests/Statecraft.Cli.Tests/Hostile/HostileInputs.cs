using System.Text;

namespace Statecraft.Cli.Tests.Hostile;

/// <summary>
/// The generator of bad inputs: for every command, the mistakes a new user makes and the files a hostile source
/// sends (issue 15's classes and more). Each case writes its own files; <see cref="HostileRunner"/> runs it.
/// </summary>
/// <remarks>Large inputs (sizes, counts and times that take seconds) are in <see cref="Slow"/>, run when <c>STATECRAFT_HOSTILE_SLOW=1</c>.</remarks>
public static class HostileInputs
{
    private const string Shock = "2016-11-08";

    /// <summary>Every fast case.</summary>
    public static IEnumerable<HostileCase> All() =>
        Stores().Concat(Options()).Concat(Outputs()).Concat(CaseFiles()).Concat(Imports()).Concat(Texts()).Concat(Bargaining()).Concat(Structural());

    /// <summary>The store commands, each given a <c>--db</c> that is not a store.</summary>
    public static IEnumerable<HostileCase> Stores()
    {
        var commands = new (string Name, Func<HostileFolder, string[]> Args)[]
        {
            ("import", f => ["events", "import", f.Text("e.jsonl", "{}\n"), "--format", "jsonl"]),
            ("series", _ => ["events", "series"]),
            ("shock", _ => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock]),
            ("export", _ => ["events", "export", "out.csv"]),
            ("data", f => ["data", "import", "--nmc", f.Text("nmc.csv", "stateabb,ccode,year,milex\nJPN,740,2016,1\n")]),
        };
        var stores = new (string Name, Func<HostileFolder, string> Make)[]
        {
            ("text file", f => f.Text("store.duckdb", "not a database\n")),
            ("directory", f => f.Folder("store.duckdb")),
            ("empty file", f => f.Text("store.duckdb", string.Empty)),
            ("truncated header", f => f.Bytes("store.duckdb", File.ReadAllBytes(f.Full(f.Store("full.duckdb")))[..5000])),
            ("truncated body", f => f.Bytes("store.duckdb", File.ReadAllBytes(f.Full(f.Store("full.duckdb")))[..40_000])),
            ("symlink loop", f =>
            {
                f.Link("loop-b", f.Full("store.duckdb"));
                return f.Link("store.duckdb", f.Full("loop-b"));
            }),
            ("CSV file", f => f.Text("store.duckdb", "doc,sentence,date\na,1,2016-01-01\n")),
        };
        foreach (var (command, args) in commands)
        {
            foreach (var (store, make) in command == "series" ? stores : stores[..3])
            {
                yield return new HostileCase("store: not a DuckDB file", $"{command} --db {store}", f => [.. args(f), "--db", make(f)], ["store.duckdb"]);
            }

            yield return new HostileCase("store: not a DuckDB file", $"{command} $STATECRAFT_DB text file", f =>
            {
                f.Text("env.duckdb", "plain text\n");
                return args(f);
            }, ["env.duckdb"], Environment: new Dictionary<string, string> { ["STATECRAFT_DB"] = "env.duckdb" });
        }

        yield return new HostileCase("store: memory limit", "STATECRAFT_DB_MEMORY=1KB", f => ["events", "series", "--db", f.Store()], ["STATECRAFT_DB_MEMORY"],
            Environment: new Dictionary<string, string> { ["STATECRAFT_DB_MEMORY"] = "1KB" });
        yield return new HostileCase("store: memory limit", "STATECRAFT_DB_MEMORY=lots", f => ["events", "series", "--db", f.Store()], ["STATECRAFT_DB_MEMORY"],
            Environment: new Dictionary<string, string> { ["STATECRAFT_DB_MEMORY"] = "lots" });
        yield return new HostileCase("store: missing", "series on a missing store", _ => ["events", "series", "--db", "none.duckdb"], ["none.duckdb"]);
        yield return new HostileCase("store: missing", "shock on a missing store", _ => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--db", "none.duckdb"], ["none.duckdb"]);
        yield return new HostileCase("store: not a DuckDB file", "serve --db text file", f => ["serve", "--db", f.Text("store.duckdb", "text\n"), "--port", "0"], ["store.duckdb"]);
    }

    /// <summary>Unknown options, values of the wrong type, NaN and Infinity, ranges that make no sense.</summary>
    public static IEnumerable<HostileCase> Options()
    {
        HostileCase Usage(string name, string[] names, Func<HostileFolder, string[]> args) => new("option: bad value", name, args, names);

        yield return Usage("analyze --frobnicate", ["frobnicate"], _ => ["analyze", "--frobnicate"]);
        yield return Usage("events series --frobnicate", ["frobnicate"], f => ["events", "series", "--frobnicate", "--db", f.Store()]);
        yield return Usage("unknown command", ["frobnicate"], _ => ["frobnicate"]);
        yield return Usage("analyze --seed abc", ["--seed"], _ => ["analyze", "--seed", "abc"]);
        yield return Usage("analyze --samples abc", ["--samples"], _ => ["analyze", "--samples", "abc"]);
        yield return Usage("analyze --samples=-5", ["--samples"], _ => ["analyze", "--samples=-5"]);
        yield return Usage("analyze --samples 99999999999", ["--samples"], _ => ["analyze", "--samples", "99999999999"]);
        yield return Usage("analyze --model nope", ["--model"], _ => ["analyze", "--model", "nope"]);
        yield return Usage("analyze --distribution nope", ["--distribution"], _ => ["analyze", "--distribution", "nope"]);
        yield return Usage("analyze --format xml", ["--format"], _ => ["analyze", "--format", "xml"]);
        yield return Usage("analyze --scenario nope", ["nope"], _ => ["analyze", "--scenario", "nope"]);
        yield return Usage("analyze --compare alone", ["--compare"], _ => ["analyze", "--compare"]);
        yield return Usage("code --threads abc", ["--threads"], f => ["code", f.Text("a.txt", "Abe met Trump.\n"), "--threads", "abc"]);
        yield return Usage("code --threads 0", ["--threads"], f => ["code", f.Text("a.txt", "Abe met Trump.\n"), "--threads", "0"]);
        yield return Usage("code --format xml", ["--format"], f => ["code", f.Text("a.txt", "Abe met Trump.\n"), "--format", "xml"]);
        yield return Usage("code --input-format pdf", ["--input-format"], f => ["code", f.Text("a.txt", "Abe met Trump.\n"), "--input-format", "pdf"]);
        yield return Usage("code --date 2016-13-45", ["--date"], f => ["code", f.Text("a.txt", "Abe met Trump.\n"), "--date", "2016-13-45"]);
        yield return Usage("code -", ["'-'"], _ => ["code", "-"]);
        yield return Usage("code without files", ["FILES"], _ => ["code"]);
        yield return Usage("bargain --rounds=-5", ["--rounds"], f => ["bargain", "--rounds=-5", ActorTable(f)]);
        yield return Usage("bargain --rounds abc", ["--rounds"], f => ["bargain", "--rounds", "abc", ActorTable(f)]);
        yield return Usage("bargain --rounds 2000000000", ["--rounds"], f => ["bargain", "--rounds", "2000000000", ActorTable(f)]);
        yield return Usage("bargain -q NaN", ["--q", "-q"], f => ["bargain", "-q", "NaN", ActorTable(f)]);
        yield return Usage("bargain --q Infinity", ["--q", "-q"], f => ["bargain", "--q", "Infinity", ActorTable(f)]);
        yield return Usage("bargain --q abc", ["--q", "-q"], f => ["bargain", "--q", "abc", ActorTable(f)]);
        yield return Usage("bargain --model nope", ["nope"], f => ["bargain", "--model", "nope", ActorTable(f)]);
        yield return Usage("bargain --eu-mode nope", ["--eu-mode"], f => ["bargain", "--eu-mode", "nope", ActorTable(f)]);
        yield return Usage("bargain evaluate --rounds abc", ["--rounds"], f => ["bargain", "evaluate", "--rounds", "abc", f.Text("deu.csv", "x\n")]);
        yield return Usage("shock --penalty NaN", ["--penalty"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--penalty", "NaN", "--db", f.Store()]);
        yield return Usage("shock --penalty Infinity", ["--penalty"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--penalty", "Infinity", "--db", f.Store()]);
        yield return Usage("shock --penalty -1", ["--penalty"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--penalty", "-1", "--db", f.Store()]);
        yield return Usage("shock --window 100000", ["--window"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--window", "100000", "--db", f.Store()]);
        yield return Usage("shock --window abc", ["--window"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--window", "abc", "--db", f.Store()]);
        yield return Usage("shock --bootstrap 0", ["--bootstrap"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--bootstrap", "0", "--db", f.Store()]);
        yield return Usage("shock --bootstrap 2000000000", ["--bootstrap"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--bootstrap", "2000000000", "--db", f.Store()]);
        yield return Usage("shock --seed abc", ["--seed"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--seed", "abc", "--db", f.Store()]);
        yield return Usage("shock --date 0001-01-01", ["--date"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", "0001-01-01", "--db", f.Store()]);
        yield return Usage("shock --date 9999-12-31", ["--date"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", "9999-12-31", "--db", f.Store()]);
        yield return Usage("shock --date 2016-02-30", ["--date"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", "2016-02-30", "--db", f.Store()]);
        yield return Usage("shock --dyad JPN", ["--dyad"], f => ["events", "shock", "--dyad", "JPN", "--date", Shock, "--db", f.Store()]);
        yield return Usage("shock --measure nope", ["--measure"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--measure", "nope", "--db", f.Store()]);
        yield return Usage("shock without data around the date", ["2030"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", "2030-01-01", "--db", f.Store()]);
        yield return Usage("series --from after --to", ["--from"], f => ["events", "series", "--from", "2017-01-01", "--to", "2016-01-01", "--db", f.Store()]);
        yield return Usage("series 0001 to 9999 by day", ["--from", "--to"], f => ["events", "series", "--from", "0001-01-01", "--to", "9999-12-31", "--by", "day", "--db", f.Store()]);
        yield return Usage("series 1000 to 2999 by day", ["--by"], f => ["events", "series", "--from", "1000-01-01", "--to", "2999-12-31", "--by", "day", "--db", f.Store()]);
        yield return Usage("series --by century", ["--by"], f => ["events", "series", "--by", "century", "--db", f.Store()]);
        yield return Usage("series --source J1", ["--source"], f => ["events", "series", "--source", "J1", "--db", f.Store()]);
        yield return Usage("series --format xml", ["--format"], f => ["events", "series", "--format", "xml", "--db", f.Store()]);
        yield return Usage("import --format nope", ["--format"], f => ["events", "import", f.Text("e.jsonl", "{}\n"), "--format", "nope", "--db", "s.duckdb"]);
        yield return Usage("import without --format", ["--format"], f => ["events", "import", f.Text("e.jsonl", "{}\n"), "--db", "s.duckdb"]);
        yield return Usage("data import without files", ["--wdi", "--nmc"], _ => ["data", "import", "--db", "s.duckdb"]);
        yield return Usage("serve --port abc", ["--port"], _ => ["serve", "--port", "abc"]);
        yield return Usage("serve --port 99999", ["--port"], _ => ["serve", "--port", "99999"]);
        yield return Usage("serve --cases missing", ["missing"], _ => ["serve", "--cases", "missing", "--port", "0"]);
    }

    /// <summary>Outputs onto directories, into missing folders, over the command's own inputs, with names too long.</summary>
    public static IEnumerable<HostileCase> Outputs()
    {
        HostileCase Refuse(string name, string[] names, Func<HostileFolder, string[]> args) => new("output: refused target", name, args, names);
        var longName = new string('a', 300) + ".csv";

        yield return Refuse("analyze --report onto a directory", ["--report"], f => ["analyze", "--report", f.Folder("outdir")]);
        yield return Refuse("analyze --report into a missing folder", ["--report"], _ => ["analyze", "--report", "missing/report.html"]);
        yield return Refuse("analyze --report onto the case file", ["--report"], f => ["analyze", f.Case(), "--report", "case/case.yaml"]);
        yield return Refuse("analyze --report onto a case file through a link", ["--report"], f =>
        {
            f.Case();
            return ["analyze", "case", "--report", f.Link("report.html", f.Full("case/issues.yaml"))];
        });
        yield return Refuse("analyze --report with a 300-character name", ["--report"], _ => ["analyze", "--report", new string('r', 300) + ".html"]);
        yield return Refuse("series --chart .gif", ["--chart"], f => ["events", "series", "--chart", "x.gif", "--db", f.Store()]);
        yield return Refuse("series --chart onto a directory", ["--chart"], f => ["events", "series", "--chart", f.Folder("x.svg"), "--db", f.Store()]);
        yield return Refuse("series --chart onto its store", ["--chart"], f => ["events", "series", "--chart", "s.svg", "--db", f.Store("s.svg")]);
        yield return Refuse("series --chart into a missing folder", ["--chart"], f => ["events", "series", "--chart", "missing/x.svg", "--db", f.Store()]);
        yield return Refuse("shock --chart onto a directory", ["--chart"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--chart", f.Folder("x.png"), "--db", f.Store()]);
        yield return Refuse("shock --chart onto its store", ["--chart"], f => ["events", "shock", "--dyad", "JPN-USA", "--date", Shock, "--chart", "s.png", "--db", f.Store("s.png")]);
        yield return Refuse("export onto a directory", ["out.csv"], f => ["events", "export", f.Folder("out.csv"), "--db", f.Store()]);
        yield return Refuse("export into a missing folder", ["missing"], f => ["events", "export", "missing/x.csv", "--db", f.Store()]);
        yield return Refuse("export with a 300-character name", ["aaaa"], f => ["events", "export", longName, "--db", f.Store()]);
        yield return Refuse("export onto its store", ["s.csv"], f => ["events", "export", "s.csv", "--db", f.Store("s.csv")]);
        yield return Refuse("export onto its store through a link", ["link.csv"], f =>
        {
            f.Store("s.csv");
            return ["events", "export", f.Link("link.csv", f.Full("s.csv")), "--db", "s.csv"];
        });
        yield return Refuse("export onto its store (store named .duckdb)", ["--format", "duckdb"], f => ["events", "export", "s.duckdb", "--db", f.Store()]);
        yield return Refuse("code --out onto its input", ["--out"], f => ["code", f.Text("a.txt", "Abe met Trump in November 2016.\n"), "--out", "a.txt"]);
        yield return Refuse("code --out onto its input through a link", ["--out"], f =>
        {
            f.Text("a.txt", "Abe met Trump in November 2016.\n");
            return ["code", "a.txt", "--out", f.Link("b.jsonl", f.Full("a.txt"))];
        });
        yield return Refuse("code --out onto a directory", ["--out"], f => ["code", f.Text("a.txt", "Abe met Trump.\n"), "--out", f.Folder("outdir")]);
        yield return Refuse("code --out into a missing folder", ["--out"], f => ["code", f.Text("a.txt", "Abe met Trump.\n"), "--out", "missing/e.jsonl"]);
        yield return Refuse("code --out onto its dictionary", ["--out"], f => ["code", f.Text("a.txt", "Abe met Trump.\n"), "--dictionary", f.Text("d.tsv", "x\n"), "--out", "d.tsv"]);
        yield return Refuse("import a store into itself", ["s.jsonl"], f => ["events", "import", f.Store("s.jsonl"), "--format", "jsonl", "--db", "s.jsonl"]);
        yield return Refuse("import a text file as its own store", ["base.jsonl"], f => ["events", "import", f.Text("base.jsonl", "{}\n"), "--format", "jsonl", "--db", "base.jsonl"]);
        yield return Refuse("data import of the store itself", ["--nmc"], f => ["data", "import", "--nmc", f.Store("s.duckdb"), "--db", "s.duckdb"]);
        yield return Refuse("failed strict import into a new store", ["bad.jsonl"], f =>
            ["events", "import", f.Text("bad.jsonl", "{\"doc\":\"d\",\"sentence\":1,\"date\":\"2016-11-17\",\"cameo\":\"036\"}\nnot json\n"), "--format", "jsonl", "--strict", "--db", "new.duckdb"]);
    }

    /// <summary>Corrupted cases: NUL bytes, a second document, tabs, deep nesting, alias bombs, folders where files belong.</summary>
    public static IEnumerable<HostileCase> CaseFiles()
    {
        HostileCase Bad(string name, string[] names, Action<HostileFolder> corrupt, string[]? forbid = null, string verb = "validate") =>
            new("case: corrupted file", $"case {verb}: {name}", f =>
            {
                f.Case();
                corrupt(f);
                return verb == "analyze" ? ["analyze", "case"] : ["case", verb, "case"];
            }, names, Forbid: forbid);

        yield return Bad("NUL byte in case.yaml", ["case.yaml"], f => f.Edit("case/case.yaml", t => t.Replace("focal: JPN", "focal: JP\0N", StringComparison.Ordinal)));
        yield return Bad("NUL byte in actors.yaml", ["actors.yaml"], f => f.Edit("case/actors.yaml", t => "\0" + t), verb: "analyze");
        yield return Bad("second YAML document", ["case.yaml"], f => f.Edit("case/case.yaml", t => t + "---\nid: other\n"));
        yield return Bad("tab indentation", ["case.yaml"], f => f.Edit("case/case.yaml", t => t.Replace("\n  - { id: after", "\n\t- { id: after", StringComparison.Ordinal)), ["actors.yaml", "required field is missing"]);
        yield return Bad("description nested 100,000 deep", ["case.yaml"], f => f.Edit("case/case.yaml", t => t.Replace("description: >-", "description: " + new string('[', 100_000) + new string(']', 100_000) + "\nold: >-", StringComparison.Ordinal)));
        yield return Bad("mapping nested 100,000 deep", ["case.yaml"], f => f.Edit("case/case.yaml", t => t + "extra: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "1" + new string('}', 100_000) + "\n"));
        yield return Bad("alias bomb", ["case.yaml"], f => f.Edit("case/case.yaml", t => t + AliasBomb()));
        yield return Bad("invalid UTF-8 in actors.yaml", ["actors.yaml"], f => File.WriteAllBytes(f.Full("case/actors.yaml"), [.. File.ReadAllBytes(f.Full("case/actors.yaml"))[..40], 0xC3, 0x28, 0xFF, .. "\n"u8]));
        yield return Bad("issues.yaml is a directory", ["issues.yaml"], f =>
        {
            File.Delete(f.Full("case/issues.yaml"));
            f.Folder("case/issues.yaml");
        }, ["timeline.yaml"]);
        yield return Bad("empty case.yaml", ["case.yaml"], f => File.WriteAllText(f.Full("case/case.yaml"), string.Empty));
        yield return Bad("binary timeline.yaml", ["timeline.yaml"], f => File.WriteAllBytes(f.Full("case/timeline.yaml"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))]));
        yield return Bad("formatVersion 99", ["formatVersion"], f => f.Edit("case/case.yaml", t => t.Replace("formatVersion: 2", "formatVersion: 99", StringComparison.Ordinal)));
        yield return Bad("salience .nan", ["salience"], f => f.Edit("case/issues.yaml", t => ReplaceFirst(t, "salience: 0.7,", "salience: .nan,")), verb: "analyze");
        yield return Bad("capability .inf", ["capability"], f => f.Edit("case/issues.yaml", t => ReplaceFirst(t, "capability: 0.5,", "capability: .inf,")), verb: "analyze");
        yield return Bad("a one-megabyte scalar", ["case.yaml", "title"], f => f.Edit("case/case.yaml", t => t.Replace("title: Japan", "title: " + new string('x', 1 << 20) + " Japan", StringComparison.Ordinal)), verb: "show") with { Expect = Expect.RejectOrAccept };
        yield return Bad("second YAML document", ["case.yaml"], f => f.Edit("case/case.yaml", t => t.Replace("formatVersion: 2", "formatVersion: 1", StringComparison.Ordinal) + "---\nid: other\n"), verb: "migrate");
        const string AtopHeader = "ccode1,ccode2,year,atop_defense,atop_offense,atop_neutral,atop_nonagg,atop_consul\n";
        HostileCase Alliances(string name, string[] names, Func<HostileFolder, string[]> options) =>
            new("case: corrupted file", $"case alliances: {name}", f =>
            {
                f.Case();
                return ["case", "alliances", "case", .. options(f)];
            }, names);
        yield return Alliances("ATOP table without its columns", ["atop.csv", "ccode1"], f => ["--atop", f.Text("atop.csv", "a,b\n1,2\n")]);
        yield return Alliances("ATOP year not a number", ["atop.csv", "year"], f => ["--atop", f.Text("atop.csv", AtopHeader + "2,740,twenty,1,0,0,0,0\n")]);
        yield return Alliances("ATOP table is a directory", ["atopdir"], f => ["--atop", f.Folder("atopdir")]);
        yield return Alliances("binary ATOP table", ["atop.bin"], f => ["--atop", f.Bytes("atop.bin", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 37 % 256))])]);
        yield return Alliances("--out in a missing folder", ["--out"], f => ["--atop", f.Text("atop.csv", AtopHeader), "--out", f.Full("missing/alliances.yaml")]);
        yield return new HostileCase("case: corrupted file", "case path is a text file", f => ["case", "validate", f.Text("case.txt", "hello\n")], ["case.txt"]);
        yield return new HostileCase("case: corrupted file", "case path is missing", _ => ["analyze", "no-such-case"], ["no-such-case"]);
        yield return new HostileCase("case: corrupted file", "case path is an empty folder", f => ["case", "show", f.Folder("empty")], ["empty"]);
    }

    /// <summary>Event files without headers, with duplicate columns, NaN weights, invalid UTF-8, odd ids and dates.</summary>
    public static IEnumerable<HostileCase> Imports()
    {
        HostileCase Bad(string name, string format, string[] names, Func<HostileFolder, string> file, bool strict = true) =>
            new("import: malformed file", $"import {format}{(strict ? " --strict" : string.Empty)}: {name}", f =>
                ["events", "import", file(f), "--format", format, .. strict ? new[] { "--strict" } : [], "--db", f.Store()],
                names, strict ? Expect.Reject : Expect.RejectOrAccept, Writes: ["s.duckdb"]);

        var icews = File.ReadAllLines(HostileFolder.StoreFixture("icews-events.tab"));
        var gdelt = File.ReadAllLines(HostileFolder.StoreFixture("gdelt1-events.tsv"));
        var csv = File.ReadAllLines(HostileFolder.StoreFixture("coder-events.csv"));
        string Gdelt(int field, string value) => string.Join('\t', gdelt[0].Split('\t').Select((v, i) => i == field ? value : v)) + "\n";

        yield return Bad("ICEWS without a header", "icews", ["e.tab"], f => f.Text("e.tab", string.Join('\n', icews[1..]) + "\n"), strict: false);
        yield return Bad("ICEWS with a duplicated column", "icews", ["Event ID"], f => f.Text("e.tab", icews[0] + "\tEvent ID\n" + icews[1] + "\t1\n"), strict: false);
        yield return Bad("CSV without a header", "csv", ["e.csv"], f => f.Text("e.csv", string.Join('\n', csv[1..]) + "\n"), strict: false);
        yield return Bad("CSV with a duplicated column", "csv", ["date"], f => f.Text("e.csv", csv[0] + ",date\n" + csv[1] + ",2016-01-01\n"), strict: false);
        yield return Bad("GDELT GoldsteinScale NaN", "gdelt1", ["GoldsteinScale"], f => f.Text("e.tsv", Gdelt(30, "NaN")));
        yield return Bad("GDELT GoldsteinScale Infinity", "gdelt1", ["GoldsteinScale"], f => f.Text("e.tsv", Gdelt(30, "Infinity")));
        yield return Bad("GDELT id abc", "gdelt1", ["GLOBALEVENTID"], f => f.Text("e.tsv", Gdelt(0, "abc")));
        yield return Bad("GDELT date 00010101", "gdelt1", ["SQLDATE"], f => f.Text("e.tsv", Gdelt(1, "00010101")));
        yield return Bad("ICEWS id abc", "icews", ["Event ID"], f => f.Text("e.tab", icews[0] + "\n" + string.Join('\t', icews[1].Split('\t').Select((v, i) => i == 0 ? "abc" : v)) + "\n"));
        yield return Bad("ICEWS empty id", "icews", ["Event ID"], f => f.Text("e.tab", icews[0] + "\n" + string.Join('\t', icews[1].Split('\t').Select((v, i) => i == 0 ? string.Empty : v)) + "\n"));
        yield return Bad("ICEWS Intensity NaN", "icews", ["Intensity"], f => f.Text("e.tab", icews[0] + "\n" + string.Join('\t', icews[1].Split('\t').Select((v, i) => i == 7 ? "NaN" : v)) + "\n"));
        yield return Bad("JSONL goldstein NaN", "jsonl", ["goldstein", "e.jsonl"], f => f.Text("e.jsonl", "{\"doc\":\"d\",\"sentence\":1,\"date\":\"2016-11-17\",\"cameo\":\"036\",\"goldstein\":NaN}\n"));
        yield return Bad("JSONL goldstein \"NaN\"", "jsonl", ["goldstein"], f => f.Text("e.jsonl", "{\"doc\":\"d\",\"sentence\":1,\"date\":\"2016-11-17\",\"cameo\":\"036\",\"goldstein\":\"NaN\"}\n"));
        yield return Bad("JSONL invalid UTF-8", "jsonl", ["e.jsonl"], f => f.Bytes("e.jsonl", [.. "{\"doc\":\"d"u8, 0xC3, 0x28, .. "\",\"sentence\":1,\"date\":\"2016-11-17\",\"cameo\":\"036\"}\n"u8]));
        yield return Bad("JSONL sentence abc", "jsonl", ["sentence"], f => f.Text("e.jsonl", "{\"doc\":\"d\",\"sentence\":\"abc\",\"date\":\"2016-11-17\",\"cameo\":\"036\"}\n"));
        yield return Bad("JSONL date 0001-01-01", "jsonl", ["date"], f => f.Text("e.jsonl", "{\"doc\":\"d\",\"sentence\":1,\"date\":\"0001-01-01\",\"cameo\":\"036\"}\n"));
        yield return Bad("JSONL date 9999-12-31", "jsonl", ["date"], f => f.Text("e.jsonl", "{\"doc\":\"d\",\"sentence\":1,\"date\":\"9999-12-31\",\"cameo\":\"036\"}\n"));
        yield return Bad("JSONL NUL bytes", "jsonl", ["e.jsonl"], f => f.Text("e.jsonl", "\0\0\0{\"doc\":\"d\"}\n"));
        yield return Bad("JSONL nested 100,000 deep", "jsonl", ["e.jsonl"], f => f.Text("e.jsonl", new string('[', 100_000) + new string(']', 100_000) + "\n"));
        yield return Bad("binary file as JSONL", "jsonl", ["e.jsonl"], f => f.Bytes("e.jsonl", [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 131 % 256))]));
        yield return Bad("empty file", "jsonl", ["e.jsonl"], f => f.Text("e.jsonl", string.Empty), strict: false);
        yield return Bad("file is a directory", "jsonl", ["e.jsonl"], f => f.Folder("e.jsonl"), strict: false) with { Expect = Expect.Reject };
        yield return Bad("file is missing", "jsonl", ["missing.jsonl"], _ => "missing.jsonl", strict: false) with { Expect = Expect.Reject };
    }

    /// <summary>Texts the coder is given: directories, binary files, broken XML, entity bombs.</summary>
    public static IEnumerable<HostileCase> Texts()
    {
        HostileCase Code(string name, string[] names, Func<HostileFolder, string[]> args, Expect expect = Expect.RejectOrAccept) =>
            new("code: odd text", "code: " + name, f => ["code", .. args(f)], names, expect);

        yield return Code("a directory", ["dir"], f => [f.Folder("dir")], Expect.Reject);
        yield return Code("a missing file", ["missing.txt"], _ => ["missing.txt"], Expect.Reject);
        yield return Code("an empty file", ["e.txt"], f => [f.Text("e.txt", string.Empty)]);
        yield return Code("invalid UTF-8", ["e.txt"], f => [f.Bytes("e.txt", [.. "Abe met "u8, 0xFF, 0xFE, .. " Trump in 2017.\n"u8])]);
        yield return Code("NUL bytes", ["e.txt"], f => [f.Text("e.txt", "Abe met\0Trump in 2017.\0\n")]);
        yield return Code("binary file", ["e.txt"], f => [f.Bytes("e.txt", [.. Enumerable.Range(0, 16384).Select(i => (byte)(i * 97 % 256))])]);
        yield return Code("a 2 MB sentence", ["e.txt"], f => [f.Text("e.txt", "Abe met Trump " + string.Concat(Enumerable.Repeat("and Abe met Trump ", 120_000)) + ".\n")]);
        yield return Code("malformed JSONL", ["e.jsonl"], f => [f.Text("e.jsonl", "{\"id\":1,\"text\":\"Abe met Trump.\"\n[1,2\n{\"id\":\"x\",\"date\":\"2016-99-99\",\"text\":3}\n")]);
        yield return Code("unclosed PETRARCH XML", ["e.xml"], f => [f.Text("e.xml", "<Sentences><Sentence date=\"20161117\" id=\"1\"><Text>Abe met Trump.</Text>\n")]);
        yield return Code("XML entity bomb", ["e.xml"], f => [f.Text("e.xml", XmlBomb())]);
        yield return Code("HTML nested 100,000 deep", ["e.html"], f => [f.Text("e.html", string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Abe met Trump." + string.Concat(Enumerable.Repeat("</div>", 100_000)))]);
        yield return Code("Markdown nested 10,000 quotes", ["e.md"], f => [f.Text("e.md", new string('>', 10_000) + " Abe met Trump.\n")]);
        yield return Code("a dictionary that is a directory", ["dict"], f => [f.Text("a.txt", "Abe met Trump.\n"), "--dictionary", f.Folder("dict")], Expect.Reject);
        yield return Code("a binary dictionary", ["d.tsv"], f => [f.Text("a.txt", "Abe met Trump.\n"), "--dictionary", f.Bytes("d.tsv", [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 53 % 256))])]);
    }

    /// <summary>Actor tables for <c>bargain</c>: no header, NaN, zero capabilities, mixed salience scales, too many actors.</summary>
    public static IEnumerable<HostileCase> Bargaining()
    {
        HostileCase Table(string name, string[] names, string content, Expect expect = Expect.Reject) =>
            new("bargain: bad table", "bargain: " + name, f => ["bargain", f.Text("t.csv", content)], names, expect);

        yield return Table("no header", ["t.csv"], "A,1,0,1\nB,1,100,1\n");
        yield return Table("missing salience column", ["salience"], "actor,capability,position\nA,1,0\n");
        yield return Table("position NaN", ["position"], "actor,capability,position,salience\nA,1,NaN,1\nB,1,100,1\n");
        yield return Table("capability Infinity", ["capability"], "actor,capability,position,salience\nA,Infinity,0,1\nB,1,100,1\n");
        yield return Table("every capability zero", ["capability"], "actor,capability,position,salience\nA,0,0,1\nB,0,100,1\n");
        yield return Table("one salience of 1.5 among 0-1 saliences", ["salience"], "actor,capability,position,salience\nA,1,0,0.5\nB,1,100,1.5\nC,1,50,0.2\n");
        yield return Table("duplicate actor", ["A"], "actor,capability,position,salience\nA,1,0,1\nA,1,100,1\n");
        yield return Table("empty file", ["t.csv"], string.Empty);
        yield return Table("10,000 actors", ["actors"], "actor,capability,position,salience\n" + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i},1,{i % 101},0.5\n")));
        yield return new HostileCase("bargain: bad table", "bargain: a directory", f => ["bargain", f.Folder("t.csv")], ["t.csv"]);
        yield return new HostileCase("bargain: bad table", "bargain: a missing file", _ => ["bargain", "missing.csv"], ["missing.csv"]);
        yield return new HostileCase("bargain: bad table", "bargain evaluate: a text file", f => ["bargain", "evaluate", f.Text("deu.csv", "hello\n")], ["deu.csv"]);
    }

    /// <summary>Structural data files: a spreadsheet given as CSV, a directory, an empty file.</summary>
    public static IEnumerable<HostileCase> Structural()
    {
        HostileCase Data(string name, string option, string[] names, Func<HostileFolder, string> file, Expect expect = Expect.Reject) =>
            new("data: bad file", $"data import {option}: {name}", f => ["data", "import", option, file(f), "--db", f.Store()], names, expect, Writes: ["s.duckdb"]);

        var xlsx = new byte[] { 0x50, 0x4B, 0x03, 0x04 }.Concat(Enumerable.Range(0, 20_000).Select(i => (byte)(i * 71 % 256))).ToArray();
        yield return Data("an .xlsx file", "--sipri", ["s.xlsx"], f => f.Bytes("s.xlsx", xlsx));
        yield return Data("a directory", "--nmc", ["nmc"], f => f.Folder("nmc"));
        yield return Data("an empty file", "--wdi", ["w.csv"], f => f.Text("w.csv", string.Empty));
        yield return Data("header only", "--nmc", ["n.csv"], f => f.Text("n.csv", "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc\n"), Expect.RejectOrAccept);
        yield return Data("NaN value", "--nmc", ["milex", "n.csv"], f => f.Text("n.csv", "stateabb,ccode,year,milex,milper,irst,pec,tpop,upop,cinc\nJPN,740,2016,NaN,1,1,1,1,1,0.1\n"), Expect.RejectOrAccept);
    }

    /// <summary>Inputs that take seconds: very large files and counts (run with <c>STATECRAFT_HOSTILE_SLOW=1</c>).</summary>
    public static IEnumerable<HostileCase> Slow()
    {
        yield return new HostileCase("size: large input", "code: PETRARCH XML of 100,000 records", f =>
        {
            var xml = new StringBuilder("<Sentences>\n");
            for (var i = 0; i < 100_000; i++)
            {
                xml.Append("<Sentence date=\"20161117\" id=\"s").Append(i).Append("\" sentence=\"true\"><Text>Abe met Trump in New York.</Text></Sentence>\n");
            }

            return ["code", f.Text("big.xml", xml.Append("</Sentences>\n").ToString()), "--out", "out.jsonl"];
        }, ["big.xml"], Expect.RejectOrAccept, Writes: ["out.jsonl"]);
        yield return new HostileCase("size: large input", "case: an 82 MB case.yaml", f =>
        {
            f.Case();
            using (var writer = File.AppendText(f.Full("case/case.yaml")))
            {
                for (var i = 0; i < 1_000_000; i++)
                {
                    writer.Write("# padding padding padding padding padding padding padding padding padding padding\n");
                }
            }

            return ["case", "validate", "case"];
        }, ["case.yaml"]);
        yield return new HostileCase("size: large input", "import: 2,000,000 JSONL rows", f =>
        {
            using (var writer = File.CreateText(f.Full("big.jsonl")))
            {
                for (var i = 0; i < 2_000_000; i++)
                {
                    writer.Write($$"""{"doc":"bulk","sentence":{{i}},"date":"2016-11-17","source_country":"JPN","target_country":"USA","cameo":"036"}""");
                    writer.Write('\n');
                }
            }

            return ["events", "import", "big.jsonl", "--format", "jsonl", "--db", "big.duckdb"];
        }, ["big.jsonl"], Expect.RejectOrAccept, Writes: ["big.duckdb"]);
    }

    private static string ActorTable(HostileFolder f) => f.Text("t.csv", "actor,capability,position,salience\nA,1,0,1\nB,1,100,1\n");

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replace + text[(at + find.Length)..];
    }

    private static string AliasBomb()
    {
        var yaml = new StringBuilder("bomb0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append("bomb").Append(i).Append(": &a").Append(i).Append(" [");
            yaml.AppendJoin(", ", Enumerable.Repeat("*a" + (i - 1), 10));
            yaml.Append("]\n");
        }

        return yaml.ToString();
    }

    private static string XmlBomb()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (var i = 1; i < 10; i++)
        {
            xml.Append("<!ENTITY lol").Append(i).Append(" \"");
            xml.Append(string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10)));
            xml.Append("\">\n");
        }

        return xml.Append("]>\n<Sentences><Sentence date=\"20161117\" id=\"1\"><Text>&lol9;</Text></Sentence></Sentences>\n").ToString();
    }
}
