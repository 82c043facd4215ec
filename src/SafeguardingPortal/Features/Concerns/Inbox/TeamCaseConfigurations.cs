using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafeguardingPortal.Features.Concerns.Reports;

namespace SafeguardingPortal.Features.Concerns.Inbox;

public sealed class TeamCaseConfiguration : IEntityTypeConfiguration<TeamCase>
{
    public void Configure(EntityTypeBuilder<TeamCase> builder)
    {
        builder.ToTable("TeamCases");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.ConcernId, c.Team }).IsUnique();
        builder.HasIndex(c => new { c.Team, c.Status });
        builder.HasIndex(c => c.FollowUpOn);
        builder.Property(c => c.Team).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.TransferredTo).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.OutcomesMet).HasConversion<string>().HasMaxLength(10);
        builder.HasOne<Concern>().WithMany().HasForeignKey(c => c.ConcernId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.TeamCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("CaseNotes");
        builder.HasKey(n => n.Id);
    }
}
