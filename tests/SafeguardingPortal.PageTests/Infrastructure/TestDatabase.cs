using Npgsql;

namespace SafeguardingPortal.PageTests.Infrastructure;

/// <summary>
/// A throwaway database for one test host: a SQLite file, or a PostgreSQL database created on the server
/// named by <c>PORTAL_TEST_POSTGRES</c>. Which one is chosen by <c>PORTAL_TEST_DATABASE</c> (Sqlite | Postgres),
/// so the README's test command runs every page test once on each. A missing PostgreSQL server fails the run.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private TestDatabase(string provider, string connectionString, Action drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.drop = drop;
    }

    private readonly Action drop;

    public string Provider { get; }

    public string ConnectionString { get; }

    public static string SelectedProvider => Environment.GetEnvironmentVariable("PORTAL_TEST_DATABASE") ?? "Sqlite";

    public static TestDatabase Create() => SelectedProvider switch
    {
        "Sqlite" => CreateSqlite(),
        "Postgres" => CreatePostgres(),
        var other => throw new InvalidOperationException($"PORTAL_TEST_DATABASE must be Sqlite or Postgres, not '{other}'."),
    };

    public void Dispose() => drop();

    private static TestDatabase CreateSqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"nts-test-{Guid.NewGuid():N}.db");
        return new TestDatabase("Sqlite", $"Data Source={file};Pooling=False", () =>
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm" }.Where(File.Exists))
            {
                File.Delete(path);
            }
        });
    }

    public static TestDatabase CreatePostgres()
    {
        var server = Environment.GetEnvironmentVariable("PORTAL_TEST_POSTGRES")
            ?? throw new InvalidOperationException("PORTAL_TEST_DATABASE is Postgres but PORTAL_TEST_POSTGRES (a connection string to the test server) is not set. Run the README's test command, which starts PostgreSQL.");
        var name = $"nts_test_{Guid.NewGuid():N}";
        Execute(server, $"CREATE DATABASE \"{name}\"");
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase("Postgres", database, () =>
        {
            // This database's pool only: clearing every pool would pull connections from hosts still running.
            using (var connection = new NpgsqlConnection(database))
            {
                NpgsqlConnection.ClearPool(connection);
            }

            Execute(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
