using WellPath.Catalog.DemoData;
using WellPath.SharedKernel.Modules;

namespace WellPath.Catalog.Tests.Unit;

public sealed class CatalogDemoDataTests
{
    [Fact]
    public void The_same_size_gives_the_same_data()
    {
        var first = CatalogDemoData.Generate();
        var second = CatalogDemoData.Generate();

        Assert.Equal(first.Rooms, second.Rooms);
        Assert.Equal(first.Practitioners.Select(p => (p.Id, p.Name, p.Email)), second.Practitioners.Select(p => (p.Id, p.Name, p.Email)));
        Assert.Equal(first.Services.Select(s => (s.Id, s.Item.Name)), second.Services.Select(s => (s.Id, s.Item.Name)));
    }

    [Fact]
    public void Size_repeats_clinics_rooms_and_practitioners_with_distinct_ids()
    {
        var data = CatalogDemoData.Generate(3);

        Assert.Equal(21, data.Locations.Count);
        Assert.Equal(210, data.Rooms.Count);
        Assert.Equal(180, data.Practitioners.Count);
        Assert.Equal(25, data.Services.Count);
        Assert.Equal(data.Rooms.Count, data.Rooms.Select(r => r.Id).Distinct().Count());
        Assert.Equal(data.Closures.Count, data.Closures.Select(c => c.Id).Distinct().Count());
        Assert.Equal(DemoIds.Location(21), data.Locations[^1].Id);
        Assert.Equal(DemoIds.Practitioner(180), data.Practitioners[^1].Id);
        Assert.Equal(data.Practitioners.Count, data.Practitioners.Select(p => p.Email).Distinct().Count());
    }

    [Fact]
    public void Every_bookable_service_has_practitioners_who_work_where_it_is_offered()
    {
        var data = CatalogDemoData.Generate();

        foreach (var service in data.Services.Where(s => s.Item.Visibility != "inactive"))
        {
            Assert.NotEmpty(service.LocationIds);
            Assert.True(service.PractitionerIds.Count > 0, $"{service.Item.Name} has no practitioner");
            var practitioners = data.Practitioners.Where(p => service.PractitionerIds.Contains(p.Id));
            Assert.All(practitioners, p => Assert.Contains(p.LocationIds, service.LocationIds.Contains));
        }
    }
}
