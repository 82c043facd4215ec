using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>A live postcode of the imported ONS Postcode Directory release and its local authority district (routing.md §4.3).</summary>
public sealed class ImportedPostcode
{
    /// <summary>Normalised: "EC1M6BQ".</summary>
    public required string Postcode { get; init; }

    public required string LadCode { get; init; }
}

public sealed class ImportedPostcodeConfiguration : IEntityTypeConfiguration<ImportedPostcode>
{
    /// <summary>Named here for the importer's COPY on PostgreSQL, which bypasses EF.</summary>
    public const string Table = "ImportedPostcodes";

    public void Configure(EntityTypeBuilder<ImportedPostcode> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(p => p.Postcode);
        builder.Property(p => p.Postcode).HasMaxLength(7);
        builder.Property(p => p.LadCode).HasMaxLength(9);
    }
}
