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

public sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.HolderName).HasMaxLength(200);
        builder.Property(c => c.Course).HasMaxLength(100);
        builder.Property(c => c.CourseTitle).HasMaxLength(200);
        builder.Property(c => c.Level).HasMaxLength(20);
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.UserId, c.Course, c.CompletedOn });
        builder.HasIndex(c => c.AttemptId).IsUnique();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RefresherReminderConfiguration : IEntityTypeConfiguration<RefresherReminder>
{
    public void Configure(EntityTypeBuilder<RefresherReminder> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);

        // Two instances running the job at once: the second insert fails, and its outbox row with it.
        builder.HasIndex(r => new { r.CertificateId, r.Kind }).IsUnique();
        builder.HasOne<Certificate>().WithMany().HasForeignKey(r => r.CertificateId).OnDelete(DeleteBehavior.Cascade);
    }
}
