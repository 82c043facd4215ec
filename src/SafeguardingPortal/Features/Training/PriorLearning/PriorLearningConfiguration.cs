using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Training.PriorLearning;

public sealed class PriorLearningClaimConfiguration : IEntityTypeConfiguration<PriorLearningClaim>
{
    public void Configure(EntityTypeBuilder<PriorLearningClaim> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Course).HasMaxLength(100);
        builder.Property(c => c.Provider).HasMaxLength(200);
        builder.Property(c => c.EvidenceContentType).HasMaxLength(30);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);

        // The review queue reads pending claims oldest first.
        builder.HasIndex(c => new { c.Status, c.SubmittedAt });
        builder.HasIndex(c => c.UserId);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Certificate>().WithMany().HasForeignKey(c => c.CertificateId).OnDelete(DeleteBehavior.SetNull);
    }
}
