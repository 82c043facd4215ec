using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafeguardingPortal.Features.Accounts.Sessions;

namespace SafeguardingPortal.Features.Accounts;

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.ToTable("Users");
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.Department).HasMaxLength(100);
        builder.Property(u => u.Organisation).HasMaxLength(200);
        builder.HasIndex(u => u.Department);
        builder.HasIndex(u => u.LineManagerId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(u => u.LineManagerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(u => u.Roles).WithOne().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> builder)
    {
        builder.ToTable("RoleGrants");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Scope).HasMaxLength(200);
        builder.HasIndex(g => new { g.Role, g.Scope });
    }
}

public sealed class SessionRecordConfiguration : IEntityTypeConfiguration<SessionRecord>
{
    public void Configure(EntityTypeBuilder<SessionRecord> builder)
    {
        builder.ToTable("Sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.ExpiresAt);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> builder) => builder.ToTable("UserLogins");
}

public sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> builder) => builder.ToTable("UserTokens");
}

public sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> builder) => builder.ToTable("UserClaims");
}
