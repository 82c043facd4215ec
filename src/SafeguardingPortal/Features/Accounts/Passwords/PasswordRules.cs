using Microsoft.AspNetCore.Identity;

namespace SafeguardingPortal.Features.Accounts.Passwords;

/// <summary>
/// NCSC password guidance: a long password (three random words work well) with no composition rules, refusing
/// only what an attacker would try first — well-known passwords, the service's own name, the person's own name or
/// email address, and one character or a keyboard run repeated.
/// </summary>
public sealed class PasswordRules : IPasswordValidator<PortalUser>
{
    public const int MinimumLength = 12;

    /// <summary>Long enough for a passphrase; short enough that hashing it cannot be made into a denial of service.</summary>
    public const int MaximumLength = 256;

    private static readonly string[] Guessable =
    [
        "password", "passw0rd", "qwerty", "letmein", "welcome", "iloveyou", "admin", "monkey", "dragon", "football",
        "baseball", "sunshine", "princess", "trustno1", "abc123", "123456", "654321", "111111", "asdfgh", "zxcvbn",
        "safeguard", "noticethesigns", "cityoflondon", "corporation", "guildhall", "london",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<PortalUser> manager, PortalUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(Failed("PasswordMissing", "Enter a password"));
        }

        return Task.FromResult(Check(password, user.Email, user.DisplayName) is { } problem ? Failed(problem.Code, problem.Message) : IdentityResult.Success);
    }

    /// <summary>The first rule a password breaks, or null.</summary>
    public static (string Code, string Message)? Check(string password, string? email, string? displayName)
    {
        if (password.Length > MaximumLength)
        {
            return ("PasswordTooLong", $"Password must be {MaximumLength} characters or fewer");
        }

        var folded = new string([.. password.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        if (folded.Distinct().Count() <= 2)
        {
            return ("PasswordRepetitive", "Password must not be one or two characters repeated");
        }

        if (Guessable.Any(word => folded.Contains(word, StringComparison.Ordinal) && folded.Length - word.Length < 8))
        {
            return ("PasswordGuessable", "Password is too easy to guess: try three random words");
        }

        foreach (var part in PersonalParts(email, displayName))
        {
            if (folded.Contains(part, StringComparison.Ordinal))
            {
                return ("PasswordPersonal", "Password must not contain your name or email address");
            }
        }

        return null;
    }

    private static IEnumerable<string> PersonalParts(string? email, string? displayName)
    {
        var words = (displayName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Concat((email ?? "").Split('@', '.', '-', '_'));
        return words.Select(w => new string([.. w.ToLowerInvariant().Where(char.IsLetterOrDigit)])).Where(w => w.Length >= 4);
    }

    private static IdentityResult Failed(string code, string message) => IdentityResult.Failed(new IdentityError { Code = code, Description = message });
}
