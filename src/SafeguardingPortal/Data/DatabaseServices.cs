using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SafeguardingPortal.Data;

public static class DatabaseServices
{
    /// <summary>
    /// SQLite (a file under App_Data unless <c>ConnectionStrings:Portal</c> says otherwise) or PostgreSQL,
    /// chosen by <c>Database:Provider</c>. Features depend on <see cref="PortalDbContext"/> only.
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        var connectionString = configuration.GetConnectionString("Portal");

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Portal is not set.");
            }

            services.AddDbContext<PortalDbContext, PostgresPortalDbContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            connectionString ??= DefaultSqliteConnectionString(environment);
            services.AddDbContext<PortalDbContext, SqlitePortalDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new SqliteDurability(), new SqliteWriteGate()));
        }

        if (options.MigrateOnStartup)
        {
            services.AddHostedService<MigrateOnStartup>();
        }

        return services;
    }

    public static string DefaultSqliteConnectionString(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "portal.db")}";
    }

    /// <summary>Migrates as <c>Database:MigrateOnStartup</c> says, for commands, which do not start the host.</summary>
    public static async Task MigrateIfConfiguredAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await MigrateAsync(services.GetRequiredService<IServiceScopeFactory>(), cancellationToken);
        }
    }

    private static async Task MigrateAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        // Instances deployed together each migrate as they start. EF's own lock on PostgreSQL lasts a transaction,
        // and a run of migrations is several: two instances starting on an empty database both applied the same one
        // and one stopped (bench/two-instances.sh). A session advisory lock, on a connection of its own, is held for
        // the whole run; the next instance then finds nothing left to apply. PostgreSQL frees it if the process dies.
        var lockConnection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false };
        await using var connection = new NpgsqlConnection(lockConnection.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand(MigrationLock("pg_advisory_lock"), connection))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand(MigrationLock("pg_advisory_unlock"), connection);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static string MigrationLock(string function) => $"SELECT {function}(hashtext('SafeguardingPortal database migrations'))";

    private sealed class MigrateOnStartup(IServiceScopeFactory scopes) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(scopes, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
