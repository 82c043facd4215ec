using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Features.Dashboard.Impact;

public sealed class ChannelCountConfiguration : IEntityTypeConfiguration<ChannelCount>
{
    public void Configure(EntityTypeBuilder<ChannelCount> builder)
    {
        builder.ToTable("ChannelCounts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Channel).HasMaxLength(50);
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(c => new { c.Day, c.Channel, c.Stage }).IsUnique();
    }
}
