namespace Statecraft.Store.Database;

/// <summary>One numbered, named change to the store's schema; applied once, in order, inside a transaction.</summary>
/// <param name="Version">The schema version the store has after this migration (1, 2, ...).</param>
/// <param name="Name">A short name recorded in <c>schema_migrations</c>.</param>
/// <param name="Statements">The SQL statements, run in order.</param>
internal sealed record Migration(int Version, string Name, IReadOnlyList<string> Statements);
