using FluentValidation;
using WellPath.Catalog.Shared;

namespace WellPath.Catalog.CreateRoomType;

internal sealed class CreateRoomTypeValidator : AbstractValidator<CreateRoomTypeRequest>
{
    public CreateRoomTypeValidator() => RuleFor(r => r.Name).ValidName();
}
