using Microsoft.EntityFrameworkCore;

namespace SafeguardingPortal.Data;

/// <summary>
/// The portal's database. Each feature adds its entities through <c>IEntityTypeConfiguration</c> classes in
/// its own folder. One derived context per provider carries that provider's migration set (EF migrations
/// are provider-specific).
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
