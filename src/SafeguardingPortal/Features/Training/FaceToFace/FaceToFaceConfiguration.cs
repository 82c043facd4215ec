using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafeguardingPortal.Features.Accounts;

namespace SafeguardingPortal.Features.Training.FaceToFace;

public sealed class FaceToFaceSessionConfiguration : IEntityTypeConfiguration<FaceToFaceSession>
{
    public void Configure(EntityTypeBuilder<FaceToFaceSession> builder)
    {
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Course).HasMaxLength(100);
        builder.Property(s => s.Department).HasMaxLength(100);
        builder.Property(s => s.Trainer).HasMaxLength(200);
        builder.HasIndex(s => new { s.Department, s.HeldOn });
        builder.HasMany(s => s.Attendees).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class FaceToFaceAttendeeConfiguration : IEntityTypeConfiguration<FaceToFaceAttendee>
{
    public void Configure(EntityTypeBuilder<FaceToFaceAttendee> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Certificate>().WithMany().HasForeignKey(a => a.CertificateId).OnDelete(DeleteBehavior.SetNull);
    }
}
