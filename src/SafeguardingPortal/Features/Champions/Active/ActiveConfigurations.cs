using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafeguardingPortal.Features.Champions.Briefings;

namespace SafeguardingPortal.Features.Champions.Active;

public sealed class BriefingRequestConfiguration : IEntityTypeConfiguration<BriefingRequest>
{
    public void Configure(EntityTypeBuilder<BriefingRequest> builder)
    {
        builder.ToTable("BriefingRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Department).HasMaxLength(100);
        builder.Property(r => r.PreferredDates).HasMaxLength(BriefingRequest.PreferredDatesMaxLength);
        builder.Property(r => r.Notes).HasMaxLength(BriefingNotes.MaxLength);
        builder.HasIndex(r => new { r.Department, r.AcceptedAt });
    }
}

public sealed class BriefingPackVersionConfiguration : IEntityTypeConfiguration<BriefingPackVersion>
{
    public void Configure(EntityTypeBuilder<BriefingPackVersion> builder)
    {
        builder.ToTable("BriefingPackVersions");
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Label).HasMaxLength(BriefingPackVersion.LabelMaxLength);
        builder.Property(v => v.Changes).HasMaxLength(BriefingPackVersion.ChangesMaxLength);
        builder.Property(v => v.Link).HasMaxLength(BriefingPackVersion.LinkMaxLength);
        builder.HasIndex(v => v.PublishedAt);
    }
}

public sealed class ChampionsMeetingConfiguration : IEntityTypeConfiguration<ChampionsMeeting>
{
    public void Configure(EntityTypeBuilder<ChampionsMeeting> builder)
    {
        builder.ToTable("ChampionsMeetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Actions).HasMaxLength(ChampionsMeeting.ActionsMaxLength);
        builder.HasIndex(m => m.HeldOn);
        builder.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ChampionsMeetingAttendeeConfiguration : IEntityTypeConfiguration<ChampionsMeetingAttendee>
{
    public void Configure(EntityTypeBuilder<ChampionsMeetingAttendee> builder)
    {
        builder.ToTable("ChampionsMeetingAttendees");
        builder.HasKey(a => new { a.MeetingId, a.UserId });
    }
}

public sealed class ChampionNoticeConfiguration : IEntityTypeConfiguration<ChampionNotice>
{
    public void Configure(EntityTypeBuilder<ChampionNotice> builder)
    {
        builder.ToTable("ChampionNotices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Kind).HasMaxLength(30);
        builder.Property(n => n.Key).HasMaxLength(40);

        // Two instances running the job at once: the second insert fails, and its outbox rows with it.
        builder.HasIndex(n => new { n.SubjectId, n.Kind, n.Key }).IsUnique();
    }
}
