namespace SafeguardingPortal.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up: Development and tests only; production uses a migrations bundle.</summary>
    public bool MigrateOnStartup { get; set; }
}
