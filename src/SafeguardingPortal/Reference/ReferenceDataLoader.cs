using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SafeguardingPortal.Reference;

/// <summary>Reads the files of <c>content/reference/</c>. Unknown keys are errors, so a typo cannot silently drop a number.</summary>
public static class ReferenceDataLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .WithTypeConverter(new DateOnlyConverter())
        .Build();

    public static void LoadInto(ReferenceData data, string referenceFolder)
    {
        data.Contacts = Read<ContactsFile>(referenceFolder, "contacts.yml");
        data.Departments = Read<DepartmentsFile>(referenceFolder, "departments.yml");
        data.Sites = Read<SitesFile>(referenceFolder, "sites.yml");
        data.BankHolidays = Read<BankHolidaysFile>(referenceFolder, "bank-holidays.yml");
        data.Councils = Read<CouncilsFile>(referenceFolder, "councils.yml");
    }

    private static T Read<T>(string folder, string file)
        where T : new()
    {
        var path = Path.Combine(folder, file);
        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path)) ?? new T();
        }
        catch (YamlException ex)
        {
            throw new InvalidDataException($"Reference data {path} is not valid: {ex.Message}", ex);
        }
    }

    private sealed class DateOnlyConverter : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(DateOnly);

        public object ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer) =>
            DateOnly.ParseExact(parser.Consume<Scalar>().Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            emitter.Emit(new Scalar(((DateOnly)value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}
