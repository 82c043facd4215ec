using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

/// <summary>
/// A report in progress, kept server-side so answers never travel in URLs. The answers are encrypted like a
/// submitted concern's; once submitted they are wiped and only the reference stays, for the confirmation page.
/// </summary>
public sealed class ReportDraft
{
    public Guid Id { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string ProtectedAnswers { get; set; } = "";

    /// <summary>The submitted concern's reference; null while the report is in progress.</summary>
    public string? ConcernReference { get; set; }

    /// <summary>Counts saves. A concurrency token: of two "Send report" presses racing, only one commits its concern.</summary>
    public int Version { get; set; }
}

public sealed class ReportDraftConfiguration : IEntityTypeConfiguration<ReportDraft>
{
    public void Configure(EntityTypeBuilder<ReportDraft> builder)
    {
        builder.ToTable("ReportDrafts");
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.UpdatedAt);
        builder.Property(d => d.ConcernReference).HasMaxLength(12);
        builder.Property(d => d.Version).IsConcurrencyToken();
    }
}
