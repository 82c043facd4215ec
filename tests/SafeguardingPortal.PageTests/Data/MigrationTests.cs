using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Data;

[Collection(SharedPortal.Name)]
public class MigrationTests(PortalFactory portal)
{
    [Fact]
    public async Task Migrations_ApplyCleanlyToAnEmptyDatabase_AndMatchTheModel()
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        Assert.Equal(portal.Database.Provider == "Postgres" ? typeof(PostgresPortalDbContext) : typeof(SqlitePortalDbContext), db.GetType());
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes with no migration: add one for each provider.");
    }
}
