using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Features.Concerns.Reports;

public sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.ToTable("Concerns");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => new { c.Status, c.ReceivedAt });
        builder.Property(c => c.Reference).HasMaxLength(12);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Urgency).HasConversion<string>().HasMaxLength(2);
        builder.Property(c => c.ReporterRole).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Source).HasMaxLength(50);
        builder.Property(c => c.QuarantineReason).HasMaxLength(200);
        builder.Property(c => c.RulesFired).HasMaxLength(200);
        builder.Property(c => c.ReferenceDataVersion).HasMaxLength(500);
        builder.HasIndex(c => c.ClosedAt);

        // The dashboard counts concerns by the date they came.
        builder.HasIndex(c => c.ReceivedAt);
        builder.HasMany(c => c.Destinations).WithOne().HasForeignKey(d => d.ConcernId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ConcernDestinationConfiguration : IEntityTypeConfiguration<ConcernDestination>
{
    public void Configure(EntityTypeBuilder<ConcernDestination> builder)
    {
        builder.ToTable("ConcernDestinations");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => new { d.Team, d.AuthorityCode });

        // The dashboard counts each concern once per team it went to.
        builder.HasIndex(d => new { d.ConcernId, d.Team });
        builder.Property(d => d.Team).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Action).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.AuthorityCode).HasMaxLength(9);
    }
}
