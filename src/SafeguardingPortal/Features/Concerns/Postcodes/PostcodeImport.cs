using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

/// <summary>One completed import: which release is in <see cref="ImportedPostcode"/>, how many rows, and when.</summary>
public sealed class PostcodeImport
{
    public int Id { get; init; }

    /// <summary>The name the operator gave the release, e.g. "ONSPD February 2026".</summary>
    public required string Release { get; init; }

    public int Rows { get; init; }

    public DateTimeOffset ImportedAt { get; init; }
}

public sealed class PostcodeImportConfiguration : IEntityTypeConfiguration<PostcodeImport>
{
    public void Configure(EntityTypeBuilder<PostcodeImport> builder)
    {
        builder.ToTable("PostcodeImports");
        builder.Property(i => i.Release).HasMaxLength(200);
    }
}
