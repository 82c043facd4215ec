using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Features.Dashboard.Coverage;

public sealed class CoverageSnapshotConfiguration : IEntityTypeConfiguration<CoverageSnapshot>
{
    public void Configure(EntityTypeBuilder<CoverageSnapshot> builder)
    {
        builder.ToTable("CoverageSnapshots");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Population).HasMaxLength(100);

        // Two instances taking the same month's snapshot at once: the second insert fails instead of doubling it.
        builder.HasIndex(s => new { s.MonthEnd, s.Population }).IsUnique();
    }
}
