// default exports in their declaration and expression forms
export default function () {
  return 'anonymous default function';
}
export const arrow = () => 'arrow';
export class Shape {}
