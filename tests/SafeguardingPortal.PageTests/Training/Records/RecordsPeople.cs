using Microsoft.EntityFrameworkCore;
using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.Features.Training;
using SafeguardingPortal.PageTests.Infrastructure;
using static SafeguardingPortal.PageTests.Concerns.Inbox.InboxConcerns;

namespace SafeguardingPortal.PageTests.Training.Records;

/// <summary>Named people and Level 1 certificates straight into a test host's database, dated against its fake clock (18 November 2026).</summary>
public static class RecordsPeople
{
    public const string Essentials = "safeguarding-essentials";

    public static async Task<PortalUser> PersonAsync(PortalFactory portal, string name, string? department = null, Guid? lineManager = null, params (PortalRole Role, string? Scope)[] roles)
    {
        var person = await TestUsers.CreateAsync(portal, department: department, lineManager: lineManager, twoFactor: true, roles: roles.Length == 0 ? [(PortalRole.Staff, null)] : roles);
        await InDatabaseAsync(portal, db => db.Users.Where(u => u.Id == person.Id).ExecuteUpdateAsync(u => u.SetProperty(p => p.DisplayName, name)));
        person.DisplayName = name;
        return person;
    }

    /// <summary>A Level 1 certificate completed three years before it expires.</summary>
    public static Task CertificateAsync(PortalFactory portal, PortalUser holder, DateOnly expires, bool revoked = false) =>
        InDatabaseAsync(portal, db =>
        {
            db.Add(new Certificate
            {
                Id = Guid.NewGuid(),
                Code = $"T-{Guid.NewGuid():N}"[..20],
                UserId = holder.Id,
                AttemptId = Guid.NewGuid(),
                HolderName = holder.DisplayName,
                Course = Essentials,
                CourseTitle = "Notice the Signs: safeguarding essentials",
                Level = "Level 1",
                CompletedOn = expires.AddYears(-3),
                ExpiresOn = expires,
                Score = 90,
                Revoked = revoked,
            });
            return db.SaveChangesAsync();
        });
}
