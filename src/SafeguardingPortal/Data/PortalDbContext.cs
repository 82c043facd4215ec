using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Data;

/// <summary>
/// The portal's database. Each feature adds its entities through <c>IEntityTypeConfiguration</c> classes in
/// its own folder. One derived context per provider carries that provider's migration set (EF migrations
/// are provider-specific). ASP.NET Core Identity's user tables come from the base class; roles are the
/// portal's own scoped grants, so Identity's role tables are not used.
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : IdentityUserContext<PortalUser, Guid>(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options)
{
    // SQLite cannot compare or sort DateTimeOffset text; as UTC ticks in an integer it can.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
