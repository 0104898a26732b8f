using FluentValidation;
using WellPath.Catalog.Shared;

namespace WellPath.Catalog.AddRoom;

internal sealed class AddRoomValidator : AbstractValidator<AddRoomRequest>
{
    public AddRoomValidator(CatalogReferences references)
    {
        RuleFor(r => r.Name).ValidName();
        RuleFor(r => r.RoomTypeId).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Choose the room type.")
            .MustAsync(references.RoomTypeExistsAsync).WithMessage("There is no such room type.");
    }
}
