using SafeguardingPortal.Features.Accounts;
using SafeguardingPortal.PageTests.Infrastructure;

namespace SafeguardingPortal.PageTests.Training;

/// <summary>Issue 6: draft course material and champion resources are listed on /content-status for the service owner.</summary>
[Collection(SharedPortal.Name)]
public sealed class DraftMaterialPageTests(PortalFactory portal)
{
    [Theory]
    [InlineData("content/training/safeguarding-in-contact-roles/course.md")]
    [InlineData("content/training/safeguarding-in-contact-roles/04-allegations-against-staff.md")]
    [InlineData("content/training/safeguarding-in-contact-roles/questions.yml")]
    [InlineData("content/training/champion-running-a-briefing/course.md")]
    [InlineData("content/training/champion-running-a-briefing/questions.yml")]
    [InlineData("content/champions/resources/05-sign-in-sheet.md")]
    public async Task Draft_material_is_listed_for_review(string file)
    {
        var editor = await TestUsers.CreateAsync(portal, roles: [(PortalRole.ContentEditor, null)]);

        var page = await portal.ClientFor(editor).GetDocumentAsync("/content-status");

        Assert.Contains(file, page.MainText(), StringComparison.Ordinal);
    }
}
