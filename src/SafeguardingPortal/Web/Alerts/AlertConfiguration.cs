using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Web.Alerts;

public sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    public void Configure(EntityTypeBuilder<Alert> builder)
    {
        builder.ToTable("Alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Team).HasMaxLength(30);
        builder.Property(a => a.Message).HasMaxLength(300);
        builder.HasIndex(a => new { a.ResolvedAt, a.Team });
    }
}
