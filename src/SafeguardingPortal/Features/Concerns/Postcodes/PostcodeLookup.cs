using System.Diagnostics.CodeAnalysis;

namespace SafeguardingPortal.Features.Concerns.Postcodes;

public enum PostcodeMatch
{
    /// <summary>One council.</summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The lookup result is named \"single\" in routing.md §3.1 and §4.2.")]
    Single,

    /// <summary>Several councils: the reporter chooses among <see cref="PostcodeLookup.Candidates"/>.</summary>
    Straddle,

    /// <summary>One council holds at least 95% of a sector that does not touch the City: shown, and changeable.</summary>
    BestFit,

    /// <summary>Well formed, but no data covers it: the reporter chooses from the whole register.</summary>
    Unknown,
}

/// <param name="Candidates">Social-care authority codes (shire districts already mapped to their county): one for
/// Single and BestFit, several for Straddle, none for Unknown.</param>
public sealed record PostcodeLookup(PostcodeMatch Match, IReadOnlyList<string> Candidates)
{
    public static readonly PostcodeLookup Unknown = new(PostcodeMatch.Unknown, []);

    /// <summary>The council, when the data names exactly one (Single or BestFit).</summary>
    public string? Authority => Match is PostcodeMatch.Single or PostcodeMatch.BestFit ? Candidates[0] : null;
}
