import { ordinalOrder } from '../../../src/engine/segments/ordinalOrder';

describe('ordinalOrder: levels in their natural order', () => {
  test.each([
    [
      ['Alto', 'Bajo', 'Medio', 'Medio-alto'],
      ['Bajo', 'Medio', 'Medio-alto', 'Alto'],
    ],
    [
      ['medio alto', 'MUY ALTO', 'bajo', 'Medio_Bajo'],
      ['bajo', 'Medio_Bajo', 'medio alto', 'MUY ALTO'],
    ],
    [
      ['Alta', 'Baixa', 'Média'],
      ['Baixa', 'Média', 'Alta'],
    ],
    [
      ['alto', 'baixo', 'médio'],
      ['baixo', 'médio', 'alto'],
    ],
    [
      ['High', 'Low', 'Medium'],
      ['Low', 'Medium', 'High'],
    ],
    [
      ['Large', 'Small', 'Medium'],
      ['Small', 'Medium', 'Large'],
    ],
    [
      ['Grande', 'Mediana', 'Micro', 'Pequeña'],
      ['Micro', 'Pequeña', 'Mediana', 'Grande'],
    ],
    [
      ['grande', 'pequeño', 'mediano'],
      ['pequeño', 'mediano', 'grande'],
    ],
    [
      ['XL', 'S', 'M', 'L'],
      ['S', 'M', 'L', 'XL'],
    ],
    [
      ['10 - Muy alto', '2 - Bajo', '1 - Muy bajo'],
      ['1 - Muy bajo', '2 - Bajo', '10 - Muy alto'],
    ],
    [
      ['51-250 empleados', '11-50 empleados', '> 250 empleados', '1-10 empleados'],
      ['1-10 empleados', '11-50 empleados', '51-250 empleados', '> 250 empleados'],
    ],
  ])('%j → %j', (labels, expected) => {
    expect(ordinalOrder(labels)).toEqual(expected);
  });

  test('anything else is not ordinal (the caller sorts alphabetically)', () => {
    expect(ordinalOrder(['Norte', 'Sur', 'Este'])).toBeNull();
    expect(ordinalOrder(['Bajo', 'Medio', 'Alto', 'Desconocido'])).toBeNull();
    expect(ordinalOrder(['Mujer', 'Hombre'])).toBeNull();
    expect(ordinalOrder(['Alto'])).toBeNull();
  });
});
