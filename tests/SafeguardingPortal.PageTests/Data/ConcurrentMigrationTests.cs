using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using SafeguardingPortal.Data;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Data;

/// <summary>
/// Several instances deployed at once on one PostgreSQL database each migrate it as they start
/// (<c>Database:MigrateOnStartup</c>). Found by bench/two-instances.sh: two starting together on an empty database
/// both applied the same migration, and one stopped with "relation already exists".
/// </summary>
public sealed class ConcurrentMigrationTests : IDisposable
{
    private readonly TestDatabase database = TestDatabase.CreatePostgres();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Instances_starting_together_on_an_empty_database_all_start_and_the_database_is_migrated_once()
    {
        var instances = Enumerable.Range(0, 4).Select(_ => Instance()).ToList();
        try
        {
            await Task.WhenAll(instances.Select(services => Task.Run(() => DatabaseServices.MigrateIfConfiguredAsync(services))));
        }
        finally
        {
            foreach (var services in instances)
            {
                await services.DisposeAsync();
            }
        }

        await using var db = new PostgresPortalDbContext(new DbContextOptionsBuilder<PostgresPortalDbContext>().UseNpgsql(database.ConnectionString).Options);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    /// <summary>The database services of one portal instance, configured as in Production.</summary>
    private ServiceProvider Instance()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["Database:MigrateOnStartup"] = "true",
            ["ConnectionStrings:Portal"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddPortalDatabase(configuration, new HostingEnvironment { EnvironmentName = "Production", ContentRootPath = Path.GetTempPath() });
        return services.BuildServiceProvider();
    }
}
