using System.Globalization;
using DuckDB.NET.Data;

namespace Statecraft.Store.Database;

/// <summary>Brings a database to the latest schema, one migration per transaction.</summary>
internal static class Migrator
{
    public static void Apply(DuckDBConnection connection, IReadOnlyList<Migration> migrations, string path)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL)");
        var current = CurrentVersion(connection);
        if (migrations.Count > 0 && current > migrations[^1].Version)
        {
            throw EventStore.Newer(path, current);
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            foreach (var statement in migration.Statements)
            {
                Execute(connection, statement);
            }

            using var record = connection.CreateCommand();
            record.CommandText = "INSERT INTO schema_migrations VALUES ($v, $n)";
            record.Parameters.Add(new DuckDBParameter("v", migration.Version));
            record.Parameters.Add(new DuckDBParameter("n", migration.Name));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public static int CurrentVersion(DuckDBConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
