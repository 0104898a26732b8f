using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WellPath.SharedKernel.Modules;

namespace WellPath.SharedKernel.Tests.Integration;

/// <summary>A module whose only migration fails, to see start-up stop and name the script.</summary>
internal sealed class BrokenModule : IModule
{
    public string Name => "broken_test";

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }
}
