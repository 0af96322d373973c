// Spanish vocabulary for the sample workbook: names, sectors, products. Plain data.

export const SURNAMES = [
  'García', 'Martínez', 'López', 'Sánchez', 'González', 'Rodríguez', 'Fernández', 'Gómez', 'Ruiz', 'Díaz',
  'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'Vázquez', 'Ramos', 'Gil',
  'Serrano', 'Blanco', 'Molina', 'Castro', 'Ortega', 'Rubio', 'Marín', 'Sanz', 'Iglesias', 'Núñez',
  'Medina', 'Garrido', 'Cortés', 'Castillo', 'Santos', 'Lozano', 'Guerrero', 'Cano', 'Prieto', 'Méndez',
  'Cruz', 'Calvo', 'Gallego', 'Vidal', 'León', 'Herrera', 'Márquez', 'Peña', 'Flores', 'Cabrera',
  'Campos', 'Vega', 'Fuentes', 'Carrasco', 'Diez', 'Caballero', 'Reyes', 'Nieto', 'Aguilar', 'Pascual',
  'Santana', 'Herrero', 'Montero', 'Lorenzo', 'Hidalgo', 'Giménez', 'Ibáñez', 'Ferrer', 'Durán', 'Santiago',
  'Benítez', 'Mora', 'Vicente', 'Arias', 'Vargas', 'Carmona', 'Crespo', 'Román', 'Pastor', 'Soto',
  'Sáez', 'Velasco', 'Moya', 'Soler', 'Parra', 'Esteban', 'Bravo', 'Gallardo', 'Rojas', 'Etxeberria',
  'Aguirre', 'Puig', 'Ferrán', 'Otero', 'Losada', 'Quintana', 'Robles', 'Beltrán', 'Salas', 'Ybarra',
];

export const PLACES = [
  'del Norte', 'de Levante', 'del Mediterráneo', 'del Cantábrico', 'del Ebro', 'del Sur', 'del Atlántico',
  'de Castilla', 'de Aragón', 'de la Mancha', 'de Galicia', 'de Navarra', 'de la Rioja', 'del Bierzo',
  'del Segura', 'del Guadalquivir', 'del Tajo', 'de Baleares', 'del Duero', 'de Sierra Nevada',
];

/** Sector → activity words that start a company name in that sector. */
export const SECTORS: Record<string, readonly string[]> = {
  Hostelería: ['Restaurante', 'Hoteles', 'Cafeterías', 'Catering', 'Hostelería'],
  Construcción: ['Construcciones', 'Reformas', 'Excavaciones', 'Estructuras', 'Promociones'],
  Industria: ['Talleres', 'Industrias', 'Metalúrgica', 'Mecanizados', 'Calderería', 'Plásticos'],
  'Comercio minorista': ['Ferretería', 'Almacenes', 'Bricolaje', 'Suministros', 'Droguería'],
  Distribución: ['Distribuciones', 'Comercial', 'Suministros Industriales', 'Representaciones'],
  Transporte: ['Transportes', 'Autocares', 'Logística', 'Mudanzas'],
  Agroalimentario: ['Bodegas', 'Conservas', 'Cárnicas', 'Frutas', 'Cooperativa Agrícola', 'Panificadora'],
  Sanidad: ['Clínica', 'Laboratorios', 'Centro Médico', 'Farmacia'],
  Servicios: ['Instalaciones', 'Mantenimientos', 'Limpiezas', 'Electricidad', 'Fontanería'],
  Automoción: ['Talleres', 'Recambios', 'Neumáticos', 'Automóviles'],
};
export const SECTOR_NAMES = Object.keys(SECTORS);
export const SECTOR_WEIGHTS = [10, 14, 16, 14, 10, 8, 9, 5, 8, 6];

export const LEGAL_SUFFIXES = ['S.L.', 'S.A.', 'S.L.U.', 'C.B.'];
export const LEGAL_SUFFIX_WEIGHTS = [62, 20, 13, 5];

export const FEMALE_NAMES = [
  'María', 'Carmen', 'Ana', 'Laura', 'Isabel', 'Lucía', 'Marta', 'Cristina', 'Paula', 'Elena',
  'Sara', 'Raquel', 'Pilar', 'Beatriz', 'Nuria', 'Silvia', 'Rocío', 'Teresa', 'Irene', 'Alba',
];
export const MALE_NAMES = [
  'Antonio', 'José', 'Manuel', 'Francisco', 'David', 'Juan', 'Javier', 'Daniel', 'Carlos', 'Jesús',
  'Alejandro', 'Miguel', 'Rafael', 'Pablo', 'Sergio', 'Fernando', 'Jorge', 'Alberto', 'Luis', 'Álvaro',
];

export const ZONES = ['Norte', 'Sur', 'Este', 'Oeste', 'Centro'] as const;
export const ZONE_WEIGHTS = [16, 20, 24, 12, 28];
/** Salespeople by zone (the first is the zone's senior rep). */
export const SALESPEOPLE: Record<(typeof ZONES)[number], readonly string[]> = {
  Norte: ['Iker Etxeberria'],
  Sur: ['Rocío Jiménez', 'Manuel Ortega'],
  Este: ['Jordi Puig', 'Marta Vidal'],
  Oeste: ['Lucía Castro'],
  Centro: ['Carlos Ruiz', 'Ana López'],
};

export const SIZES = ['Micro', 'Pequeña', 'Mediana', 'Grande'] as const;
export const SIZE_WEIGHTS = [35, 35, 22, 8];
/** Typical yearly spend (€) and orders per year by size; particulares last. */
export const SIZE_SPEND = [2_400, 7_500, 24_000, 90_000];
export const SIZE_ORDERS = [5, 9, 16, 30];
export const PARTICULAR_SPEND = 380;
export const PARTICULAR_ORDERS = 3;

export const B2B_CHANNELS = ['Directo', 'Distribuidor', 'Televenta', 'Online'];
export const B2B_CHANNEL_WEIGHTS = [55, 20, 15, 10];
export const B2C_CHANNELS = ['Online', 'Tienda'];
export const B2C_CHANNEL_WEIGHTS = [60, 40];

export const INCOME_LEVELS = ['Bajo', 'Medio', 'Medio-alto', 'Alto'];
export const INCOME_WEIGHTS = [20, 40, 28, 12];

export const BUYING_CENTRES = ['Sede central', 'Almacén', 'Taller', 'Obra', 'Delegación'];

export interface ProductLine {
  name: string;
  /** typical unit price, € */
  price: number;
  /** cost as a share of the amount */
  costRatio: number;
  /** how often it is among a client's usual lines */
  popularity: number;
  /** only clients of at least this size index buy it (0 = everyone, particulares included) */
  minSize: number;
}

export const PRODUCT_LINES: readonly ProductLine[] = [
  { name: 'Consumibles', price: 6.5, costRatio: 0.58, popularity: 10, minSize: 0 },
  { name: 'Herramientas', price: 42, costRatio: 0.62, popularity: 8, minSize: 0 },
  { name: 'Recambios', price: 18, costRatio: 0.6, popularity: 7, minSize: 0 },
  { name: 'Equipos de protección', price: 12.5, costRatio: 0.55, popularity: 6, minSize: 0 },
  { name: 'Material eléctrico', price: 9.8, costRatio: 0.66, popularity: 6, minSize: 0 },
  { name: 'Fontanería', price: 14, costRatio: 0.64, popularity: 4, minSize: 0 },
  { name: 'Lubricantes', price: 22, costRatio: 0.6, popularity: 4, minSize: 1 },
  { name: 'Iluminación', price: 31, costRatio: 0.57, popularity: 3, minSize: 0 },
  { name: 'Servicio técnico', price: 65, costRatio: 0.45, popularity: 3, minSize: 1 },
  { name: 'Maquinaria', price: 780, costRatio: 0.72, popularity: 2, minSize: 2 },
];

/** Monthly seasonality of B2B supplies (January first): August is the Spanish holiday month. */
export const SEASONALITY = [0.85, 0.95, 1.1, 1.05, 1.1, 1.05, 0.9, 0.45, 1.05, 1.15, 1.1, 0.8];
