using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Features.Champions.Briefings;

public sealed class BriefingConfiguration : IEntityTypeConfiguration<Briefing>
{
    public void Configure(EntityTypeBuilder<Briefing> builder)
    {
        builder.ToTable("Briefings");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Department).HasMaxLength(100);
        builder.Property(b => b.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Venue).HasMaxLength(Briefing.VenueMaxLength);
        builder.Property(b => b.Topic).HasMaxLength(Briefing.TopicMaxLength);
        builder.Property(b => b.Notes).HasMaxLength(BriefingNotes.MaxLength);
        builder.HasIndex(b => new { b.Department, b.HeldOn });
        builder.HasIndex(b => b.SignInCloses);
        builder.HasMany(b => b.Facilitators).WithOne().HasForeignKey(f => f.BriefingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Attendees).WithOne().HasForeignKey(a => a.BriefingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class BriefingFacilitatorConfiguration : IEntityTypeConfiguration<BriefingFacilitator>
{
    public void Configure(EntityTypeBuilder<BriefingFacilitator> builder)
    {
        builder.ToTable("BriefingFacilitators");
        builder.HasKey(f => new { f.BriefingId, f.UserId });
        builder.HasIndex(f => f.UserId);
    }
}

public sealed class BriefingAttendeeConfiguration : IEntityTypeConfiguration<BriefingAttendee>
{
    public void Configure(EntityTypeBuilder<BriefingAttendee> builder)
    {
        builder.ToTable("BriefingAttendees");
        builder.HasKey(a => new { a.BriefingId, a.UserId });
        builder.HasIndex(a => a.UserId);
    }
}

public sealed class BriefingFeedbackConfiguration : IEntityTypeConfiguration<BriefingFeedback>
{
    public void Configure(EntityTypeBuilder<BriefingFeedback> builder)
    {
        builder.ToTable("BriefingFeedback");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => f.BriefingId);
        builder.HasOne<Briefing>().WithMany().HasForeignKey(f => f.BriefingId).OnDelete(DeleteBehavior.Cascade);
    }
}
