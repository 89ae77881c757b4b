namespace Statecraft.Store.Database;

/// <summary>Where the event store lives when a command does not name one.</summary>
/// <remarks>
/// The order is: the <c>--db</c> option, then the <c>STATECRAFT_DB</c> environment variable, then
/// <c>statecraft.duckdb</c> in the current directory.
/// </remarks>
public static class StoreLocation
{
    /// <summary>The environment variable that names the default store.</summary>
    public const string EnvironmentVariable = "STATECRAFT_DB";

    /// <summary>The file name used when neither an option nor the environment names a store.</summary>
    public const string DefaultFileName = "statecraft.duckdb";

    /// <summary>The full path of the store to open.</summary>
    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? DefaultFileName : configured);
    }
}
