using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace WellPath.SharedKernel.Modules;

/// <summary>A feature module. Its name is its schema, its migration folder and its route group.</summary>
public interface IModule
{
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);
}
