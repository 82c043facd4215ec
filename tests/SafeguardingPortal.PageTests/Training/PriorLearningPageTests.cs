using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafeguardingPortal.Data;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.Features.Training.PriorLearning;
using SafeguardingPortal.PageTests.Infrastructure;
using SafeguardingPortal.Web.Audit;
using SafeguardingPortal.Web.Outbox;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>
/// Prior learning over HTTP without JavaScript: a multipart upload checked by its bytes and stored encrypted, a
/// safeguarding lead's queue where each opening of the evidence is audited, and approval or rejection by email.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class PriorLearningPageTests(PortalFactory portal)
{
    private const string Essentials = "safeguarding-essentials";
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

    [Fact]
    public async Task Hostile_and_incomplete_uploads_are_refused_with_the_answers_kept()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var journey = new JourneyClient(portal.ClientFor(learner));
        await journey.OpenAsync("/training/prior-learning");

        await UploadAsync(journey, [], null);
        Assert.Equal(
            ["Select the course your training replaces", "Enter who provided the training, in 200 characters or fewer", "Enter the date you completed the training as a real date, like 27 3 2026", "Select your certificate or other evidence"],
            journey.Errors);

        // A web page named like a picture: the bytes decide, not the name or the declared type.
        await UploadAsync(journey, Answers("Acme Training", "31", "2", "2026"), ("certificate.png", "image/png", Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>")));
        Assert.Equal(["Enter the date you completed the training as a real date, like 27 3 2026", "The selected file must be a PDF, PNG or JPG"], journey.Errors);
        Assert.Equal("Acme Training", journey.Page.QuerySelector("#Provider")!.GetAttribute("value"));
        Assert.Equal("31", journey.Page.QuerySelector("#CompletedOn-day")!.GetAttribute("value"));
        Assert.NotNull(journey.Page.QuerySelector($"#Course option[value={Essentials}][selected]"));

        // One byte over, and a typical phone photo of 12 MB: both get the message, not a bare error page.
        foreach (var size in (long[])[EvidenceFiles.MaxBytes + 1, 12 * 1024 * 1024])
        {
            var oversized = new byte[size];
            Pdf.CopyTo(oversized, 0);
            await UploadAsync(journey, Answers("Acme Training", "3", "2", "2026"), ("big.pdf", "application/pdf", oversized));
            Assert.Equal(["The selected file must be smaller than 5 MB"], journey.Errors);
        }

        await UploadAsync(journey, Answers("Acme Training", "3", "2", "2099"), ("certificate.pdf", "application/pdf", Pdf));
        Assert.Equal(["The date you completed the training must be today or in the past"], journey.Errors);

        // A form without its antiforgery token is refused outright.
        using var forged = new MultipartFormDataContent { { new StringContent(Essentials), "Course" } };
        using var refused = await journey.Http.PostAsync(new Uri("/training/prior-learning", UriKind.Relative), forged);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        Assert.Empty(await ClaimsOfAsync(learner));
    }

    [Fact]
    public async Task A_lead_opens_the_evidence_approves_with_level_and_expiry_and_the_learner_gets_a_certificate()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var lead = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);
        var journey = new JourneyClient(portal.ClientFor(learner));
        await journey.OpenAsync("/training/prior-learning");
        await UploadAsync(journey, Answers("Acme Training Ltd", "3", "2", "2026"), ("scan.pdf", "application/pdf", Pdf));
        Assert.Equal("/training/prior-learning", journey.Path);
        Assert.Contains("Waiting for a decision", journey.Page.QuerySelector("#claims [data-status]")!.TextContent, StringComparison.Ordinal);

        // Stored as ciphertext, never the file itself.
        var claim = Assert.Single(await ClaimsOfAsync(learner));
        Assert.Equal("application/pdf", claim.EvidenceContentType);
        Assert.False(claim.ProtectedEvidence.AsSpan().IndexOf("%PDF"u8) >= 0);

        var reviewer = new JourneyClient(portal.ClientFor(lead));
        await reviewer.OpenAsync("/training/prior-learning/review");
        await reviewer.OpenAsync(reviewer.Page.QuerySelectorAll("#queue a").Single(a => a.TextContent == learner.DisplayName).GetAttribute("href")!);
        Assert.Equal(learner.DisplayName, reviewer.Heading);
        using (var evidence = await reviewer.Http.GetAsync(new Uri(reviewer.Page.QuerySelector("#evidence")!.GetAttribute("href")!, UriKind.Relative)))
        {
            Assert.Equal("application/pdf", evidence.Content.Headers.ContentType!.MediaType);
            Assert.Equal("attachment", evidence.Content.Headers.ContentDisposition!.DispositionType);
            Assert.Equal(Pdf, await evidence.Content.ReadAsByteArrayAsync());
        }

        Assert.Equal(1, await AuditCountAsync(claim.Id, "prior-learning.evidence-viewed", lead.Id));

        // The suggested expiry is three years after completion; a later one, or a missing level, is refused and the answers kept.
        Assert.Equal("2029", reviewer.Page.QuerySelector("#ExpiresOn-year")!.GetAttribute("value"));
        await reviewer.PressAsync("Accept", ("ExpiresOn-day", "4"), ("ExpiresOn-month", "2"), ("ExpiresOn-year", "2029"));
        Assert.Equal(["Select the level the training counts as", "The date the refresher is due must be no more than 3 years after the training was completed"], reviewer.Errors);
        Assert.Equal("4", reviewer.Page.QuerySelector("#ExpiresOn-day")!.GetAttribute("value"));

        await reviewer.PressAsync("Accept", ("Level", "Level 1"), ("ExpiresOn-day", "1"), ("ExpiresOn-month", "2"), ("ExpiresOn-year", "2029"));
        Assert.Equal("/training/prior-learning/review", reviewer.Path);
        Assert.DoesNotContain(learner.DisplayName, reviewer.Page.QuerySelector("#queue")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(claim.Id, "prior-learning.approved", lead.Id));

        // It counts like online completion: a certificate on /training, verifiable, saying how it was earned.
        await journey.OpenAsync("/training");
        Assert.Contains("Prior learning (approved)", journey.Page.QuerySelector("#certificates")!.TextContent, StringComparison.Ordinal);
        var code = journey.Page.QuerySelector("#certificates a")!.TextContent;
        await journey.OpenAsync($"/training/certificates/{code}");
        Assert.Contains("3 February 2026", journey.Page.QuerySelector("#certificate")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 February 2029", journey.Page.QuerySelector("#certificate")!.TextContent, StringComparison.Ordinal);
        var verify = new JourneyClient(portal.ClientFor(null));
        await verify.OpenAsync($"/verify/{code}");
        Assert.Equal("Valid", verify.Page.QuerySelector("#state")!.TextContent);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var certificate = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Certificate>().SingleAsync(c => c.Code == code);
            Assert.Equal((CompletionMethod.PriorLearning, "Level 1", (int?)null), (certificate.Method, certificate.Level, certificate.Score));
        }

        var email = Assert.Single(await EmailsToAsync(learner));
        Assert.Contains("Notice the Signs: safeguarding essentials has been accepted", email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(learner.DisplayName, email.TextBody, StringComparison.Ordinal);

        // A decided claim cannot be decided again.
        await reviewer.OpenAsync($"/training/prior-learning/review/{claim.Id}");
        Assert.Null(reviewer.Page.QuerySelector("main form"));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_which_the_learner_sees_on_the_page_but_not_in_the_email()
    {
        var learner = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null)]);
        var lead = await TestUsers.CreateAsync(portal, roles: [(PortalRole.Staff, null), (PortalRole.SafeguardingLead, null)]);
        var journey = new JourneyClient(portal.ClientFor(learner));
        await journey.OpenAsync("/training/prior-learning");
        await UploadAsync(journey, Answers("Acme Training Ltd", "3", "2", "2026"), ("photo.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46]));
        var claim = Assert.Single(await ClaimsOfAsync(learner));
        Assert.Equal("image/jpeg", claim.EvidenceContentType);

        var reviewer = new JourneyClient(portal.ClientFor(lead));
        await reviewer.OpenAsync($"/training/prior-learning/review/{claim.Id}");
        await reviewer.PressAsync("Do not accept", ("Reason", "  "));
        Assert.Equal(["Enter why it is not accepted, in 500 characters or fewer"], reviewer.Errors);
        const string reason = "The certificate does not cover adults at risk";
        await reviewer.PressAsync("Do not accept", ("Reason", reason));
        Assert.Equal("/training/prior-learning/review", reviewer.Path);

        await journey.OpenAsync("/training/prior-learning");
        Assert.Contains(reason, journey.Page.QuerySelector("#claims [data-status]")!.TextContent, StringComparison.Ordinal);
        var email = Assert.Single(await EmailsToAsync(learner));
        Assert.Contains("has not been accepted", email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, email.Subject, StringComparison.Ordinal);
        Assert.Equal(1, await AuditCountAsync(claim.Id, "prior-learning.rejected", lead.Id));

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Set<Certificate>().AnyAsync(c => c.UserId == learner.Id));
        Assert.DoesNotContain(reason, (await db.Set<PriorLearningClaim>().SingleAsync(c => c.Id == claim.Id)).ProtectedRejectionReason!, StringComparison.Ordinal);
    }

    private static (string Name, string Value)[] Answers(string provider, string day, string month, string year) =>
        [("Course", Essentials), ("Provider", provider), ("CompletedOn-day", day), ("CompletedOn-month", month), ("CompletedOn-year", year)];

    private static Task<JourneyClient> UploadAsync(JourneyClient journey, (string Name, string Value)[] fields, (string Name, string Type, byte[] Bytes)? file) =>
        file is { } upload ? journey.UploadAsync(fields, ("Evidence", upload.Name, upload.Type, upload.Bytes)) : journey.UploadAsync(fields);

    private async Task<List<PriorLearningClaim>> ClaimsOfAsync(PortalUser learner)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<PriorLearningClaim>().Where(c => c.UserId == learner.Id).ToListAsync();
    }

    private async Task<List<OutboxMessage>> EmailsToAsync(PortalUser learner)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OutboxMessage>().Where(m => m.Kind == PriorLearningEmails.Kind && m.Recipient == learner.Email).ToListAsync();
    }

    private async Task<int> AuditCountAsync(Guid claim, string action, Guid actor)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditEvent>()
            .CountAsync(e => e.SubjectType == PriorLearningService.SubjectType && e.SubjectId == claim.ToString() && e.Action == action && e.ActorId == actor);
    }
}
