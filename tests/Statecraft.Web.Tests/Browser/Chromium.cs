using Microsoft.Playwright;

namespace Statecraft.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), shared by the browser tests. They skip with a
/// message where it is not installed, except under CI, where test.sh installs it and its absence is a failure.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>The browser, or a skip (a failure under CI) when Chromium is not installed.</summary>
    public IBrowser Require()
    {
        if (Browser is not null)
        {
            return Browser;
        }

        var message = $"{ExecutablePath} is not installed (apt-get install -y chromium).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(message + " Under CI it must be present.");
        }

        Assert.Skip(message);
        return null!;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
