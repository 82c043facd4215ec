using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SafeguardingPortal.Web.Outbox;
using SafeguardingPortal.Web.Outbox.SendGrid;

namespace SafeguardingPortal.Tests.Web.Outbox;

/// <summary>The .eml sender exists only in Development; with an API key, mail goes through SendGrid.</summary>
public sealed class OutboxServicesTests
{
    [Theory]
    [InlineData("Production", null, null)]
    [InlineData("Production", "SG.key", typeof(SendGridSender))]
    [InlineData("Testing", null, null)]
    [InlineData("Development", null, typeof(EmlFileSender))]
    public void The_email_sender_depends_on_the_environment_and_the_SendGrid_key(string environment, string? apiKey, Type? sender)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Email:SendGrid:ApiKey"] = apiKey }).Build();

        services.AddOutbox(configuration, new HostingEnvironment { EnvironmentName = environment });

        var registered = services.Where(d => d.ServiceType == typeof(IEmailSender)).ToList();
        Assert.Equal(sender is null ? 0 : 1, registered.Count);
        Assert.DoesNotContain(registered, d => d.ImplementationType == typeof(EmlFileSender) && environment != Environments.Development);
        if (sender == typeof(EmlFileSender))
        {
            Assert.Equal(typeof(EmlFileSender), registered[0].ImplementationType);
        }
    }
}
