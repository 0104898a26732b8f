using WellPath.Host.Migrations;
using WellPath.SharedKernel.Modules;

namespace WellPath.SharedKernel.Tests.Unit;

public sealed class ModuleScriptsTests
{
    [Fact]
    public void Kernel_scripts_come_first_in_file_order_and_are_named_by_schema()
    {
        var scripts = ModuleScripts.Collect(ModuleScripts.Sources([]));

        var names = scripts.Select(s => s.Name).ToList();
        Assert.Equal("kernel/0001_audit_trail.sql", names[0]);
        Assert.Contains("quartz/0001_quartz_tables.sql", names);
        Assert.True(names.IndexOf("kernel/0003_job_runs_and_settings.sql") < names.IndexOf("quartz/0001_quartz_tables.sql"));
        Assert.All(scripts, s => Assert.False(string.IsNullOrWhiteSpace(s.Contents)));
    }

    [Fact]
    public void A_module_brings_its_own_folder_after_the_kernel()
    {
        var scripts = ModuleScripts.Collect(ModuleScripts.Sources([new Integration.BrokenModule()]));

        Assert.Equal("broken_test/0001_broken_script.sql", scripts[^1].Name);
    }

    [Theory]
    [InlineData("appointments", true)]
    [InlineData("access", true)]
    [InlineData("Appointments", false)]
    [InlineData("a", false)]
    [InlineData("drop table", false)]
    public void Module_names_are_schema_names(string name, bool valid)
    {
        Assert.Equal(valid, ModuleNames.IsValid(name));
    }
}
