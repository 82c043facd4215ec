using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Features.Pledges;

public sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public const string UnendedPerPersonIndex = "IX_Pledges_UserId_Unended";

    public void Configure(EntityTypeBuilder<Pledge> builder)
    {
        builder.ToTable("Pledges");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.FirstName).HasMaxLength(Pledge.FirstNameMaxLength);
        builder.Property(p => p.PersonalAction).HasMaxLength(Pledge.PersonalActionMaxLength);
        builder.Property(p => p.Department).HasMaxLength(100);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.QuarantineReason).HasMaxLength(200);

        // A person's pledges, newest first, is the question every page asks.
        builder.HasIndex(p => new { p.UserId, p.PledgedAt });
        builder.HasIndex(p => p.PledgedAt);

        // One current pledge per account, held by the database too: two pledges posted at once cannot both be stored.
        // "Un-ended" (neither withdrawn nor renewed) rather than "current", as lapsing is a matter of time, not of a column.
        builder.HasIndex(p => p.UserId)
            .IsUnique()
            .HasFilter($"\"{nameof(Pledge.UserId)}\" IS NOT NULL AND \"{nameof(Pledge.WithdrawnAt)}\" IS NULL AND \"{nameof(Pledge.RenewedAsId)}\" IS NULL")
            .HasDatabaseName(UnendedPerPersonIndex);
    }
}
