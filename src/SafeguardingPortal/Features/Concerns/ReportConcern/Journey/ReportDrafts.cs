using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.Extensions.Options;
using SafeguardingPortal.Data;

namespace SafeguardingPortal.Features.Concerns.ReportConcern.Journey;

public sealed class ReportJourneyOptions
{
    /// <summary>Answers are deleted after this long without a page being sent (GOV.UK: warn first, at least 2 minutes before).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long before the timeout the page warns (needs JavaScript; without it, each page says when answers are deleted).</summary>
    public TimeSpan WarnBefore { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often drafts left idle past <see cref="Timeout"/> are deleted.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A person cannot answer every page faster than this; a report that does is quarantined (security.md §9).</summary>
    public TimeSpan MinimumJourneyTime { get; set; } = TimeSpan.FromSeconds(30);
}

public enum DraftState
{
    /// <summary>No report started in this browser.</summary>
    None,

    InProgress,

    /// <summary>Idle past the timeout: the answers have been deleted.</summary>
    Expired,

    Submitted,
}

public sealed record LoadedDraft(DraftState State, ReportDraft? Draft, ReportAnswers Answers);

/// <summary>
/// Keeps each browser's report in progress in the database, found by a random id in an HttpOnly cookie. The
/// answers are encrypted with Data Protection; idle drafts are deleted after <see cref="ReportJourneyOptions.Timeout"/>.
/// </summary>
public sealed class ReportDrafts(PortalDbContext db, IDataProtectionProvider protection, IOptions<ReportJourneyOptions> options, TimeProvider time)
{
    public const string CookieName = "nts-report";
    private const string Purpose = "SafeguardingPortal.Concerns.Drafts.v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    public TimeSpan Timeout => options.Value.Timeout;

    public async Task<LoadedDraft> LoadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (!Guid.TryParse(http.Request.Cookies[CookieName], out var id)
            || await db.Set<ReportDraft>().FindAsync([id], cancellationToken) is not { } draft)
        {
            return new LoadedDraft(DraftState.None, null, New());
        }

        if (draft.UpdatedAt + Timeout < time.GetUtcNow())
        {
            db.Remove(draft);
            await db.SaveChangesAsync(cancellationToken);
            http.Response.Cookies.Delete(CookieName);
            return new LoadedDraft(DraftState.Expired, null, New());
        }

        return draft.ConcernReference is not null
            ? new LoadedDraft(DraftState.Submitted, draft, New())
            : new LoadedDraft(DraftState.InProgress, draft, JsonSerializer.Deserialize<ReportAnswers>(Protector.Unprotect(draft.ProtectedAnswers), Json)!);
    }

    /// <summary>Saves the answers, starting a draft (and setting its cookie) on the first page sent.</summary>
    public async Task SaveAsync(HttpContext http, ReportDraft? draft, ReportAnswers answers, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (draft is null)
        {
            answers.StartedAt = now;
            draft = new ReportDraft { Id = Guid.NewGuid(), CreatedAt = now };
            db.Add(draft);
            http.Response.Cookies.Append(CookieName, draft.Id.ToString(), new CookieOptions
            {
                HttpOnly = true,
                Secure = http.Request.IsHttps,
                SameSite = SameSiteMode.Lax,
                IsEssential = true,
                Path = "/",
            });
        }

        draft.UpdatedAt = now;
        draft.Version++;
        draft.ProtectedAnswers = Protector.Protect(JsonSerializer.Serialize(answers, Json));
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException ex)
            {
                // Tabs answering at once: the last page sent wins, as it would with one tab, however many saved in
                // between. If the report was sent or deleted meanwhile, this answer has nothing left to join, and
                // the next page says so.
                var entry = ex.Entries.Single();
                var current = await entry.GetDatabaseValuesAsync(cancellationToken);
                if (!IsOpen(current))
                {
                    return;
                }

                entry.OriginalValues.SetValues(current);
            }
        }
    }

    /// <summary>Keeps a draft alive (the timeout warning's "continue").</summary>
    /// <returns>False when the report was sent or deleted since it was loaded, so there is nothing left to keep alive.</returns>
    public async Task<bool> TouchAsync(ReportDraft draft, CancellationToken cancellationToken)
    {
        draft.UpdatedAt = time.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Another tab saved an answer meanwhile, which kept the draft alive itself; or the report was sent or deleted.
            return IsOpen(await ex.Entries.Single().GetDatabaseValuesAsync(cancellationToken));
        }
    }

    /// <summary>Whether the draft as the database now holds it still takes answers: neither deleted nor sent.</summary>
    private static bool IsOpen([NotNullWhen(true)] PropertyValues? current) =>
        current is not null && current.GetValue<string?>(nameof(ReportDraft.ConcernReference)) is null;

    /// <summary>
    /// Wipes the answers once the concern holds them; the reference stays for the confirmation page. Saved in the
    /// concern's transaction: if another submission of the same draft committed first, this one rolls back whole.
    /// </summary>
    public void MarkSubmitted(ReportDraft draft, string reference)
    {
        draft.ProtectedAnswers = "";
        draft.ConcernReference = reference;
        draft.UpdatedAt = time.GetUtcNow();
        draft.Version++;
    }

    /// <summary>Starting again forgets the old draft.</summary>
    public async Task ForgetAsync(HttpContext http, ReportDraft? draft, CancellationToken cancellationToken)
    {
        if (draft is not null)
        {
            db.Remove(draft);
            await db.SaveChangesAsync(cancellationToken);
        }

        http.Response.Cookies.Delete(CookieName);
    }

    private ReportAnswers New() => new() { StartedAt = time.GetUtcNow() };

    /// <summary>Deletes drafts idle past the timeout, submitted ones included (their confirmation page has served its purpose).</summary>
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - Timeout;
        return db.Set<ReportDraft>().Where(d => d.UpdatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
