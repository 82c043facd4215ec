using System.Text.RegularExpressions;

namespace SafeguardingPortal.Features.Champions.Briefings;

public enum NotesProblem
{
    None,
    TooLong,
    Postcode,
    LongNumber,
    EmailAddress,
}

/// <summary>
/// Briefing notes are for what was covered, never for cases. Text that looks like a personal identifier is refused
/// rather than stored, because a briefing log is read far more widely than a case record.
/// </summary>
public static partial class BriefingNotes
{
    public const int MaxLength = 500;

    public static NotesProblem Check(string? notes)
    {
        if (string.IsNullOrWhiteSpace(notes))
        {
            return NotesProblem.None;
        }

        return notes.Length > MaxLength ? NotesProblem.TooLong
            : Postcode().IsMatch(notes) ? NotesProblem.Postcode
            : LongNumber().IsMatch(notes) ? NotesProblem.LongNumber
            : EmailAddress().IsMatch(notes) ? NotesProblem.EmailAddress
            : NotesProblem.None;
    }

    /// <summary>The error shown on the form, saying why and what to write instead.</summary>
    public static string Explain(NotesProblem problem) => problem switch
    {
        NotesProblem.TooLong => $"Notes must be {MaxLength} characters or fewer",
        NotesProblem.Postcode => "Notes must not include a postcode. Record what the briefing covered, not details about a person or a case",
        NotesProblem.LongNumber => "Notes must not include long numbers such as phone, NHS or case numbers. Record what the briefing covered, not details about a person or a case",
        NotesProblem.EmailAddress => "Notes must not include an email address. Record what the briefing covered, not details about a person or a case",
        _ => "",
    };

    // A full UK postcode, spaced or not, in any case ("EC2V 7HH", "e1 6an"); outward codes alone ("EC2") are places, not people.
    [GeneratedRegex(@"\b[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    // Six or more digits, allowing the spaces, dashes and dots people type inside phone, NHS and case numbers.
    [GeneratedRegex(@"\d(?:[\s.\-]?\d){5,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailAddress();
}
