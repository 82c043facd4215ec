using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Features.Admin;

public sealed class HeadCountConfiguration : IEntityTypeConfiguration<HeadCount>
{
    public void Configure(EntityTypeBuilder<HeadCount> builder)
    {
        builder.ToTable("HeadCounts");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Population).HasMaxLength(100);
        builder.HasIndex(h => new { h.Population, h.EffectiveFrom }).IsUnique();
    }
}
