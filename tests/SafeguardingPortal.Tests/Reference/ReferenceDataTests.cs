using SafeguardingPortal.Reference;
using SafeguardingPortal.Testing;

namespace SafeguardingPortal.Tests.Reference;

public class ReferenceDataTests
{
    private static ReferenceData Load()
    {
        var data = new ReferenceData();
        ReferenceDataLoader.LoadInto(data, RepositoryRoot.Combine("content", "reference"));
        return data;
    }

    [Fact]
    public void Load_RepositoryFiles_AreValid() => Assert.True(new ReferenceDataValidator().Validate(null, Load()).Succeeded);

    [Fact]
    public void Load_HasTheCampaignFacts()
    {
        var data = Load();

        Assert.Equal("020 7332 1224", data.Contacts.Campaign.Phone);
        Assert.Equal("999", data.Contacts.Emergency);
        Assert.Equal("020 7332 3621", data.Contacts.Team("children").DayPhone);
        Assert.Equal(12, data.Departments.Departments.Count);
        Assert.Contains(data.Sites.Sites, s => s.Slug == "freemens-school" && s.HostAuthority == "E10000030");
        Assert.True(data.BankHolidays.IsBankHoliday(new DateOnly(2026, 12, 28)));
        Assert.False(data.BankHolidays.IsBankHoliday(new DateOnly(2026, 12, 24)));
    }

    [Fact]
    public void Validate_MissingTeamNumber_Fails()
    {
        var data = Load();
        data.Contacts.Team("lado").DayPhone = "";

        var result = new ReferenceDataValidator().Validate(null, data);

        Assert.Contains("contacts.yml needs team 'lado' with a name and dayPhone", result.Failures!);
    }

    [Fact]
    public void Validate_SiteOfUnknownDepartment_Fails()
    {
        var data = Load();
        data.Sites.Sites[0].Department = "parks";

        Assert.False(new ReferenceDataValidator().Validate(null, data).Succeeded);
    }

    [Fact]
    public void Validate_MissingVersion_Fails()
    {
        var data = Load();
        data.BankHolidays.Version = "";

        Assert.Contains("bank-holidays.yml needs version, owner and lastVerified", new ReferenceDataValidator().Validate(null, data).Failures!);
    }

    [Fact]
    public void Load_UnknownKey_IsRefused()
    {
        var folder = Directory.CreateTempSubdirectory("nts-reference-");
        foreach (var file in Directory.GetFiles(RepositoryRoot.Combine("content", "reference")))
        {
            File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(folder.FullName, "contacts.yml"), "campaignPhoen: 1\n");

        Assert.Throws<InvalidDataException>(() => ReferenceDataLoader.LoadInto(new ReferenceData(), folder.FullName));
        folder.Delete(recursive: true);
    }
}
