using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Training;

public sealed class TrainingProgressConfiguration : IEntityTypeConfiguration<TrainingProgress>
{
    public void Configure(EntityTypeBuilder<TrainingProgress> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Course).HasMaxLength(100);
        builder.Property(p => p.Chapter).HasMaxLength(100);

        // Reading a chapter twice (two tabs, two devices) must not count it twice.
        builder.HasIndex(p => new { p.UserId, p.Course, p.Chapter }).IsUnique();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class QuizAttemptConfiguration : IEntityTypeConfiguration<QuizAttempt>
{
    public void Configure(EntityTypeBuilder<QuizAttempt> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Course).HasMaxLength(100);
        builder.Property(a => a.QuestionIds).HasMaxLength(2000);
        builder.Property(a => a.Answers).HasMaxLength(4000);
        builder.Ignore(a => a.DrawnIds);
        builder.HasIndex(a => new { a.UserId, a.Course, a.StartedAt });
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
