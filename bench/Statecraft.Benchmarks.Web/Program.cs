using System.Globalization;
using Statecraft.Benchmarks.Web;
using Statecraft.Web.Hosting;

// Load test of the dashboard: 50 concurrent clients for 30 s on loopback against the case overview and issue API.
// Usage: dotnet run -c Release --project bench/Statecraft.Benchmarks.Web -- [--clients N] [--seconds S] [--cases DIR]
var clients = Option("--clients", 50);
var seconds = Option("--seconds", 30);
var cases = Value("--cases") ?? FindCases();
const string Case = "japan-us-2016";
string[] paths =
[
    $"/api/cases/{Case}",
    $"/api/cases/{Case}/analysis",
    $"/case.html?id={Case}",
    $"/api/cases/{Case}/analysis?scenario=clinton-wins",
    "/api/cases",
];

var app = StatecraftWeb.Build(new WebOptions { CasesDirectory = cases, Port = 0 });
await app.StartAsync();
var address = new Uri(app.Urls.First());
Console.WriteLine($"warming up {address} ...");
await LoadDriver.RunAsync(address, paths, 1, TimeSpan.FromSeconds(2));
var result = await LoadDriver.RunAsync(address, paths, clients, TimeSpan.FromSeconds(seconds));
Console.WriteLine(result);
await app.DisposeAsync();
return result.Errors == 0 ? 0 : 1;

int Option(string name, int fallback) => Value(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

string? Value(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

static string FindCases()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (Directory.Exists(Path.Combine(dir.FullName, "cases", Case)))
        {
            return Path.Combine(dir.FullName, "cases");
        }
    }

    throw new DirectoryNotFoundException("cases/ not found above the current directory; pass --cases DIR");
}
