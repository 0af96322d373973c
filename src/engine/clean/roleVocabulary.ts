import type { ClientRole, SalesRole } from '../types';

/** The kind of data a role expects, used to weigh a header match against the column's sample. */
export type RoleKind = 'id' | 'date' | 'number' | 'text';

export interface RoleWords {
  kind: RoleKind;
  /** whole-header names (any case/accents; normalised with normalizeHeader) and their weight */
  names: Record<string, number>;
  /** words or phrases that, inside a longer header, suggest the role */
  parts?: Record<string, number>;
  /** words that, inside the header, make the role less likely ("Nombre cliente" is not the id) */
  against?: string[];
}

const CLIENT_ID: RoleWords = {
  kind: 'id',
  names: {
    cliente: 0.9, 'código cliente': 1, 'cod cliente': 1, 'cód cliente': 1, 'código de cliente': 1,
    'código do cliente': 1, 'cod do cliente': 1, 'id cliente': 1, 'cliente id': 1, 'id del cliente': 1,
    'id do cliente': 1, 'número cliente': 1, 'número de cliente': 1, 'número do cliente': 1, 'nº cliente': 1,
    'customer id': 1, customer: 0.9, 'customer code': 1, 'customer number': 1, 'customer no': 1, client: 0.9,
    'client id': 1, 'client code': 1, 'account id': 0.9, account: 0.7, cuenta: 0.6, conta: 0.5, cnpj: 0.8,
    cpf: 0.8, nif: 0.8, cif: 0.8, rut: 0.8, ruc: 0.8, rfc: 0.7, 'cpf cnpj': 0.85, 'cnpj cpf': 0.85,
  },
  parts: { cliente: 0.7, customer: 0.7, client: 0.7, comprador: 0.6, 'cód': 0.5, codigo: 0.5 },
  against: ['nombre', 'nome', 'name', 'razon', 'razao', 'social', 'tipo', 'type', 'segmento', 'desde', 'since', 'email', 'telefono', 'telefone'],
};

const SALESPERSON: RoleWords = {
  kind: 'text',
  names: {
    vendedor: 1, comercial: 1, 'vendedor responsável': 1, 'vendedor responsable': 1, representante: 1,
    'representante de ventas': 1, 'representante comercial': 1, agente: 0.9, 'agente comercial': 1,
    asesor: 0.8, 'asesor comercial': 1, ejecutivo: 0.8, 'ejecutivo de cuenta': 1, 'ejecutivo comercial': 1,
    gestor: 0.8, 'gestor de cuenta': 1, 'gestor comercial': 1, salesperson: 1, 'sales rep': 1,
    'sales representative': 1, rep: 0.8, seller: 1, 'account manager': 1, kam: 0.9, consultor: 0.7,
    'consultor comercial': 1, responsável: 0.8, responsable: 0.8, owner: 0.7, 'account owner': 0.9,
  },
  parts: { vendedor: 0.75, comercial: 0.6, representante: 0.7, salesperson: 0.75, 'sales rep': 0.75 },
};

const CHANNEL: RoleWords = {
  kind: 'text',
  names: { canal: 1, channel: 1, 'canal de venta': 1, 'canal de venda': 1, 'sales channel': 1, 'canal de ventas': 1 },
  parts: { canal: 0.7, channel: 0.7 },
};

export const SALES_VOCABULARY: Record<SalesRole, RoleWords> = {
  client: CLIENT_ID,
  date: {
    kind: 'date',
    names: {
      fecha: 1, data: 1, date: 1, dia: 0.7, día: 0.7, 'fecha factura': 1, 'fecha de factura': 1, 'fecha venta': 1,
      'fecha de venta': 1, 'fecha pedido': 1, 'fecha del pedido': 1, 'fecha de pedido': 1, 'fecha emisión': 1,
      'fecha de emisión': 1, 'data da venda': 1, 'data venda': 1, 'data da fatura': 1, 'data emissão': 1,
      'data de emissão': 1, 'data do pedido': 1, 'invoice date': 1, 'order date': 1, 'sale date': 1,
      'sales date': 1, 'transaction date': 1, 'purchase date': 1, 'fecha compra': 1, 'fecha de compra': 1,
      'data da compra': 1, 'data compra': 1,
    },
    parts: { fecha: 0.75, data: 0.7, date: 0.75 },
  },
  amount: {
    kind: 'number',
    names: {
      importe: 1, valor: 0.95, 'valor total': 1, total: 1, amount: 1, revenue: 1, ventas: 0.9, venta: 0.85,
      monto: 1, 'importe neto': 1, 'importe total': 1, 'monto total': 1, neto: 0.8, 'total neto': 1,
      facturación: 0.95, faturamento: 0.95, receita: 0.9, 'valor líquido': 1, 'valor neto': 1, 'net amount': 1,
      'net sales': 1, 'net revenue': 1, sales: 0.85, 'total venta': 1, 'total ventas': 1, subtotal: 0.8,
      'base imponible': 0.8, 'line total': 1, 'total line': 1, 'valor da venda': 1, 'valor venda': 1,
      'importe venta': 1, 'importe de venta': 1, 'total amount': 1, 'sales amount': 1, 'monto venta': 1,
      value: 0.85, 'dollar value': 0.95, 'sales value': 1, 'order value': 0.95,
    },
    parts: { importe: 0.75, valor: 0.6, total: 0.6, amount: 0.75, revenue: 0.75, monto: 0.75, ventas: 0.6, venta: 0.55, value: 0.5 },
    against: ['unitario', 'unitário', 'unit', 'unidad', 'coste', 'costo', 'custo', 'cost', 'margen', 'margem', 'margin', 'iva', 'tax', 'impuesto', 'imposto', 'descuento', 'desconto', 'discount', '%'],
  },
  quantity: {
    kind: 'number',
    names: {
      cantidad: 1, cant: 0.8, quantity: 1, qty: 1, qtd: 1, qtde: 1, quantidade: 1, unidades: 0.95, units: 0.95,
      uds: 0.9, unid: 0.8, pcs: 0.8, piezas: 0.8, volumen: 0.6,
    },
    parts: { cantidad: 0.75, quantidade: 0.75, quantity: 0.75, unidades: 0.7, qty: 0.7 },
  },
  price: {
    kind: 'number',
    names: {
      precio: 1, 'precio unitario': 1, 'precio unidad': 1, 'precio por unidad': 1, 'precio unit': 1, pvp: 0.9,
      preço: 1, 'preço unitário': 1, 'valor unitário': 1, 'valor unitario': 1, 'unit price': 1, price: 1,
      'importe unitario': 1, 'price each': 1,
    },
    parts: { precio: 0.75, preço: 0.75, price: 0.75, unitario: 0.7, unitário: 0.7, unit: 0.5 },
  },
  invoice: {
    kind: 'id',
    names: {
      factura: 1, 'nº factura': 1, 'número factura': 1, 'número de factura': 1, 'num factura': 1,
      'núm factura': 1, 'n factura': 1, albarán: 0.9, pedido: 0.9, 'nº pedido': 1, 'número pedido': 1,
      'número de pedido': 1, orden: 0.7, invoice: 1, 'invoice no': 1, 'invoice number': 1, 'invoice id': 1,
      order: 0.9, 'order id': 1, 'order number': 1, 'order no': 1, 'nota fiscal': 1, nf: 0.8, 'nº nf': 1,
      'número da nota': 1, 'número nota fiscal': 1, 'número da nota fiscal': 1, fatura: 1, 'nº fatura': 1,
      'número da fatura': 1, documento: 0.7, 'nº documento': 0.8, ticket: 0.8, 'transaction id': 0.9,
      'id factura': 1, 'id pedido': 1, 'id venta': 0.8, comprobante: 0.8,
    },
    parts: { factura: 0.6, invoice: 0.6, pedido: 0.6, order: 0.55, fatura: 0.6, 'nota fiscal': 0.6 },
  },
  margin: {
    kind: 'number',
    names: {
      margen: 1, 'margen bruto': 1, margem: 1, 'margem bruta': 1, margin: 1, 'gross margin': 1, profit: 0.9,
      'gross profit': 1, beneficio: 0.9, lucro: 0.9, 'lucro bruto': 1, contribución: 0.7, 'margen comercial': 1,
    },
    parts: { margen: 0.7, margem: 0.7, margin: 0.7 },
    against: ['%'],
  },
  cost: {
    kind: 'number',
    names: {
      coste: 1, costo: 1, custo: 1, cost: 1, 'coste total': 1, 'costo total': 1, 'custo total': 1, cogs: 1,
      'coste de ventas': 0.9, 'costo de ventas': 0.9, cmv: 0.9, 'coste venta': 0.9,
    },
    parts: { coste: 0.7, costo: 0.7, custo: 0.7, cost: 0.7 },
    against: ['unitario', 'unitário', 'unit', '%'],
  },
  product: {
    kind: 'text',
    names: {
      producto: 0.9, produto: 0.9, product: 0.9, artículo: 0.85, item: 0.8, sku: 0.8, referencia: 0.7,
      ref: 0.6, línea: 1, 'línea de producto': 1, 'línea producto': 1, 'linha de produto': 1, linha: 0.9,
      familia: 0.95, categoría: 1, category: 1, 'product line': 1, 'product category': 1, 'categoría producto': 1,
      'categoria de produto': 1, 'stock code': 0.7, 'código producto': 0.8, 'código de producto': 0.8,
      'código produto': 0.8, 'product code': 0.8, description: 0.5, descripción: 0.5, descrição: 0.5, marca: 0.6,
      'grupo de producto': 1, 'tipo de producto': 0.9,
    },
    parts: { producto: 0.7, produto: 0.7, product: 0.7, categoría: 0.7, línea: 0.7, familia: 0.7 },
  },
  buyingCentre: {
    kind: 'text',
    names: {
      'centro de compra': 1, 'centro de compras': 1, 'centro compra': 1, división: 1, divisão: 1,
      departamento: 0.8, department: 0.8, 'buying centre': 1, 'buying center': 1, planta: 0.7, sucursal: 0.7,
      filial: 0.7, delegación: 0.7, 'unidad de negocio': 0.8, 'unidade de negócio': 0.8, 'business unit': 0.8,
      division: 1,
    },
    parts: { 'centro de compra': 0.8, división: 0.7, divisão: 0.7 },
  },
  channel: CHANNEL,
  salesperson: SALESPERSON,
  currency: {
    kind: 'text',
    names: { moneda: 1, divisa: 1, moeda: 1, currency: 1, curr: 0.8, ccy: 0.9, cur: 0.7, 'código moneda': 1 },
    parts: { moneda: 0.7, moeda: 0.7, currency: 0.7 },
  },
};

export const CLIENT_VOCABULARY: Record<ClientRole, RoleWords> = {
  client: {
    ...CLIENT_ID,
    names: { ...CLIENT_ID.names, código: 0.85, codigo: 0.85, id: 0.85, cód: 0.8, cod: 0.8, número: 0.6, 'nº': 0.6 },
  },
  name: {
    kind: 'text',
    names: {
      nombre: 1, 'razón social': 1, 'nombre cliente': 1, 'nombre del cliente': 1, 'nombre de cliente': 1,
      nome: 1, 'nome do cliente': 1, 'nome cliente': 1, 'razão social': 1, name: 1, 'customer name': 1,
      'client name': 1, 'company name': 1, company: 0.9, empresa: 0.9, 'nombre comercial': 0.9,
      'nome fantasia': 0.9, cliente: 0.5, customer: 0.5, denominación: 0.9, 'account name': 1,
    },
    parts: { nombre: 0.7, nome: 0.7, name: 0.7, 'razón social': 0.8, 'razão social': 0.8 },
  },
  segment: {
    kind: 'text',
    names: {
      segmento: 1, segment: 1, 'tipo de cliente': 0.9, 'tipo cliente': 0.9, tipo: 0.6, clase: 0.6,
      'categoría de cliente': 0.9, 'categoria do cliente': 0.9, categoría: 0.6, 'customer type': 0.9,
      'customer segment': 1, 'segmento de cliente': 1,
    },
    parts: { segmento: 0.7, segment: 0.7 },
  },
  industry: {
    kind: 'text',
    names: {
      sector: 1, industria: 1, industry: 1, setor: 1, actividad: 0.9, atividade: 0.9, ramo: 0.9, rubro: 0.9,
      cnae: 0.8, vertical: 0.8, 'sector de actividad': 1, 'ramo de atividade': 1, 'segmento de mercado': 0.8,
    },
    parts: { sector: 0.7, setor: 0.7, industria: 0.7, industry: 0.7 },
  },
  size: {
    kind: 'text',
    names: {
      tamaño: 1, tamanho: 1, size: 1, porte: 1, empleados: 0.8, 'nº empleados': 0.85, 'número de empleados': 0.85,
      funcionários: 0.7, employees: 0.8, 'tamaño empresa': 1, 'company size': 1, dimensión: 0.6,
    },
    parts: { tamaño: 0.7, tamanho: 0.7, size: 0.7, porte: 0.7 },
  },
  region: {
    kind: 'text',
    names: {
      región: 1, zona: 1, territorio: 1, região: 1, territory: 1, region: 1, área: 0.8, provincia: 0.9,
      estado: 0.7, state: 0.7, país: 0.8, country: 0.8, ciudad: 0.75, cidade: 0.75, city: 0.75,
      comunidad: 0.7, uf: 0.8, localidad: 0.7, 'zona comercial': 1, 'zona de venta': 1,
    },
    parts: { región: 0.7, zona: 0.7, territorio: 0.7, região: 0.7, territory: 0.7, region: 0.7 },
  },
  salesperson: SALESPERSON,
  channel: CHANNEL,
  gender: { kind: 'text', names: { sexo: 1, género: 1, gênero: 1, gender: 1, sex: 1 } },
  birthDate: {
    kind: 'date',
    names: {
      'fecha de nacimiento': 1, 'fecha nacimiento': 1, nacimiento: 0.9, 'data de nascimento': 1,
      'data nascimento': 1, nascimento: 0.9, 'birth date': 1, birthdate: 1, 'date of birth': 1, dob: 1,
      cumpleaños: 0.8, 'f nacimiento': 1, 'fec nacimiento': 1, 'dt nascimento': 1,
    },
    parts: { nacimiento: 0.8, nascimento: 0.8, birth: 0.8 },
  },
  age: { kind: 'number', names: { edad: 1, idade: 1, age: 1, años: 0.6, anos: 0.5 }, parts: { edad: 0.7, idade: 0.7 } },
  income: {
    kind: 'text',
    names: {
      ingresos: 1, 'nivel de ingresos': 1, 'nivel ingresos': 1, renta: 1, renda: 1, income: 1,
      'income level': 1, 'nivel socioeconómico': 0.9, nse: 0.9, 'poder adquisitivo': 0.9,
      'nivel adquisitivo': 0.9, salario: 0.8, salário: 0.8, 'faixa de renda': 1, 'nível de renda': 1,
    },
    parts: { ingresos: 0.7, renta: 0.7, renda: 0.7, income: 0.7 },
  },
  satisfaction: {
    kind: 'number',
    names: {
      satisfacción: 1, satisfação: 1, satisfaction: 1, nps: 1, csat: 1, 'net promoter score': 1,
      puntuación: 0.6, valoración: 0.7, 'índice de satisfacción': 1,
    },
    parts: { satisfacción: 0.75, satisfação: 0.75, satisfaction: 0.75, nps: 0.75 },
  },
  special: {
    kind: 'text',
    names: {
      especial: 1, 'cliente especial': 1, fidelizado: 1, vip: 1, loyalty: 1, fidelidad: 0.9, fidelidade: 0.9,
      'programa de fidelización': 0.9, 'programa de fidelidade': 0.9, beneficios: 0.8, special: 1,
      socio: 0.6, premium: 0.7, 'cliente vip': 1, fidelização: 0.9, fidelización: 0.9,
    },
    parts: { especial: 0.7, fideliz: 0.7, vip: 0.7, loyalty: 0.7 },
  },
  firstContact: {
    kind: 'date',
    names: {
      'primer contacto': 1, 'fecha primer contacto': 1, 'fecha de primer contacto': 1, 'fecha del primer contacto': 1,
      'primeiro contato': 1, 'data primeiro contato': 1, 'data do primeiro contato': 1, 'data de primeiro contato': 1,
      'first contact': 1, 'first contact date': 1, 'fecha de alta': 0.8, alta: 0.7, 'data de cadastro': 0.8,
      cadastro: 0.7, 'fecha captación': 0.8, 'prospect date': 0.9, 'date approached': 0.9, 'fecha contacto': 0.8,
      'cliente desde': 0.8, 'customer since': 0.8,
    },
    parts: { 'primer contacto': 0.8, 'primeiro contato': 0.8, 'first contact': 0.8 },
  },
  potential: {
    kind: 'number',
    names: {
      potencial: 1, potential: 1, 'compras potenciales': 0.9, 'potencial de compra': 1, 'potencial anual': 1,
      'expected purchases': 0.9, 'compra potencial': 0.9, 'potencial de compras': 1,
    },
    parts: { potencial: 0.7, potential: 0.7 },
  },
  lastVisit: {
    kind: 'date',
    names: {
      'última visita': 1, 'fecha última visita': 1, 'fecha de última visita': 1, 'data última visita': 1,
      'data da última visita': 1, 'last visit': 1, 'last visit date': 1,
    },
    parts: { 'última visita': 0.8, 'last visit': 0.8 },
  },
  visits: {
    kind: 'number',
    names: { visitas: 1, 'nº visitas': 1, 'número de visitas': 1, 'num visitas': 1, visits: 1, 'number of visits': 1 },
    parts: { visitas: 0.7, visits: 0.7 },
  },
  email: {
    kind: 'text',
    names: { email: 1, 'e mail': 1, correo: 1, 'correo electrónico': 1, mail: 0.9, 'e-mail': 1 },
    parts: { email: 0.75, correo: 0.7, 'e mail': 0.75 },
  },
  phone: {
    kind: 'text',
    names: {
      teléfono: 1, telefone: 1, phone: 1, tel: 1, móvil: 0.9, celular: 0.9, whatsapp: 0.8, mobile: 0.9,
      telephone: 1, fone: 0.9, 'phone number': 1,
    },
    parts: { teléfono: 0.7, telefone: 0.7, phone: 0.7 },
  },
  contact: {
    kind: 'text',
    names: {
      contacto: 1, contato: 1, contact: 1, 'persona de contacto': 1, 'pessoa de contato': 1, 'contact person': 1,
      'contact name': 1, interlocutor: 0.8,
    },
    parts: { contacto: 0.6, contato: 0.6, contact: 0.6 },
  },
  address: {
    kind: 'text',
    names: {
      dirección: 1, 'dirección postal': 1, domicilio: 1, 'domicilio fiscal': 0.9, 'dirección de entrega': 0.9,
      endereço: 1, morada: 1, 'endereço de entrega': 0.9, logradouro: 0.9, address: 1, 'street address': 1,
      'postal address': 1, 'shipping address': 0.9, calle: 0.8, rua: 0.8, street: 0.8,
    },
    parts: { dirección: 0.6, endereço: 0.6, domicilio: 0.6, morada: 0.6, address: 0.6 },
  },
};
